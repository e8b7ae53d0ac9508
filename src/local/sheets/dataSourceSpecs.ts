/**
 * The Apps Script data source specs over the local data sources
 * (dataSourceModel.ts), BigQuery only: SpreadsheetApp.newDataSourceSpec()'s
 * builder, the BigQuery builder (a billing project and a raw query;
 * parameters are not modelled), the built spec and its BigQuery view
 * (the table parts are "" for a raw query, the raw query "" for a table).
 */
import { makeEnum } from './enums';
import { notModelled } from './errors';
import type { FacadeFactory } from './factory';
import type { BigQuerySpecModel } from './dataSourceModel';

/** SpreadsheetApp.DataSourceType. */
export const DataSourceType = makeEnum(['DATA_SOURCE_TYPE_UNSUPPORTED', 'BIGQUERY']);

const EMPTY_SPEC: BigQuerySpecModel = { projectId: '', rawQuery: '', tableProjectId: '', datasetId: '', tableId: '' };

/** SpreadsheetApp.newDataSourceSpec(): only asBigQuery leads anywhere. */
export class DataSourceSpecBuilderFacade implements Pick<GoogleAppsScript.Spreadsheet.DataSourceSpecBuilder, 'asBigQuery' | 'build' | 'getType'> {
  constructor(private readonly f: FacadeFactory) {}

  asBigQuery(): GoogleAppsScript.Spreadsheet.BigQueryDataSourceSpecBuilder {
    return this.f.wrap(new BigQuerySpecBuilderFacade(this.f, { ...EMPTY_SPEC }), 'BigQueryDataSourceSpecBuilder');
  }

  build(): GoogleAppsScript.Spreadsheet.DataSourceSpec {
    throw notModelled('DataSourceSpecBuilder.build of a spec of no type (call asBigQuery first)');
  }

  getType(): GoogleAppsScript.Spreadsheet.DataSourceType {
    return DataSourceType.DATA_SOURCE_TYPE_UNSUPPORTED as unknown as GoogleAppsScript.Spreadsheet.DataSourceType;
  }
}

type BuilderModelled = 'setProjectId' | 'setRawQuery' | 'getProjectId' | 'getRawQuery' | 'build' | 'getType';

/** A BigQuery spec builder: a billing project and a raw query (parameters are not modelled). */
export class BigQuerySpecBuilderFacade implements Pick<GoogleAppsScript.Spreadsheet.BigQueryDataSourceSpecBuilder, BuilderModelled> {
  constructor(
    private readonly f: FacadeFactory,
    private readonly spec: BigQuerySpecModel,
  ) {}

  setProjectId(projectId: string): GoogleAppsScript.Spreadsheet.BigQueryDataSourceSpecBuilder {
    this.spec.projectId = String(projectId);
    return this.f.wrap(this, 'BigQueryDataSourceSpecBuilder');
  }

  setRawQuery(rawQuery: string): GoogleAppsScript.Spreadsheet.BigQueryDataSourceSpecBuilder {
    Object.assign(this.spec, { rawQuery: String(rawQuery), tableProjectId: '', datasetId: '', tableId: '' });
    return this.f.wrap(this, 'BigQueryDataSourceSpecBuilder');
  }

  getProjectId(): string {
    return this.spec.projectId;
  }

  getRawQuery(): string {
    return this.spec.rawQuery;
  }

  build(): GoogleAppsScript.Spreadsheet.DataSourceSpec {
    return this.f.wrap(new DataSourceSpecFacade(this.f, { ...this.spec }), 'DataSourceSpec');
  }

  getType(): GoogleAppsScript.Spreadsheet.DataSourceType {
    return bigQueryType();
  }
}

/** A built spec (immutable). */
export class DataSourceSpecFacade implements Pick<GoogleAppsScript.Spreadsheet.DataSourceSpec, 'asBigQuery' | 'getType'> {
  constructor(
    private readonly f: FacadeFactory,
    readonly spec: BigQuerySpecModel,
  ) {}

  asBigQuery(): GoogleAppsScript.Spreadsheet.BigQueryDataSourceSpec {
    return this.f.wrap(new BigQuerySpecFacade(this.spec), 'BigQueryDataSourceSpec');
  }

  getType(): GoogleAppsScript.Spreadsheet.DataSourceType {
    return bigQueryType();
  }
}

type SpecModelled = 'getProjectId' | 'getRawQuery' | 'getTableProjectId' | 'getDatasetId' | 'getTableId' | 'getType';

/** A BigQuery spec's settings: the table parts are "" for a raw query, the raw query "" for a table. */
export class BigQuerySpecFacade implements Pick<GoogleAppsScript.Spreadsheet.BigQueryDataSourceSpec, SpecModelled> {
  constructor(private readonly spec: BigQuerySpecModel) {}

  getProjectId(): string {
    return this.spec.projectId;
  }

  getRawQuery(): string {
    return this.spec.rawQuery;
  }

  getTableProjectId(): string {
    return this.spec.tableProjectId;
  }

  getDatasetId(): string {
    return this.spec.datasetId;
  }

  getTableId(): string {
    return this.spec.tableId;
  }

  getType(): GoogleAppsScript.Spreadsheet.DataSourceType {
    return bigQueryType();
  }
}

function bigQueryType(): GoogleAppsScript.Spreadsheet.DataSourceType {
  return DataSourceType.BIGQUERY as unknown as GoogleAppsScript.Spreadsheet.DataSourceType;
}
