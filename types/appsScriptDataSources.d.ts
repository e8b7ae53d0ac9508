/**
 * Members of Google's Spreadsheet service reference that
 * @types/google-apps-script (2.0.x) does not declare yet, for the Connected
 * Sheets (BigQuery data source) path. Each is from the reference pages
 * (developers.google.com/apps-script/reference/spreadsheet/…): Spreadsheet
 * (insertDataSourceSheet, getDataSources), DataSource (getColumns,
 * getDataSourceSheets), BigQueryDataSourceSpec (getTableProjectId,
 * getDatasetId, getTableId: "" when the spec is a raw query) and SheetType
 * (DATASOURCE).
 */
declare namespace GoogleAppsScript {
  namespace Spreadsheet {
    interface Spreadsheet {
      insertDataSourceSheet(spec: DataSourceSpec): DataSourceSheet;
      getDataSources(): DataSource[];
    }
    interface DataSource {
      getColumns(): DataSourceColumn[];
      getDataSourceSheets(): DataSourceSheet[];
    }
    interface BigQueryDataSourceSpec {
      getTableProjectId(): string;
      getDatasetId(): string;
      getTableId(): string;
    }
    enum SheetType {
      DATASOURCE = 2,
    }
  }
}
