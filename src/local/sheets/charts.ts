/** Apps Script EmbeddedChartBuilder, EmbeddedChart, ChartOptions and ContainerInfo over a ChartModel. */
import { ChartModel, copyChart } from './chartModel';
import { ChartHiddenDimensionStrategy, ChartMergeStrategy, ChartType, enumName } from './enums';
import { serviceError } from './errors';
import type { FacadeFactory } from './factory';
import type { LocalSheet } from './localSheet';

type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Modelled =
  | 'addRange' | 'removeRange' | 'clearRanges' | 'getRanges'
  | 'asAreaChart' | 'asBarChart' | 'asColumnChart' | 'asComboChart' | 'asLineChart' | 'asPieChart' | 'asScatterChart' | 'asTableChart'
  | 'setChartType' | 'getChartType' | 'setNumHeaders' | 'setPosition' | 'getContainer' | 'setOption'
  | 'setTransposeRowsAndColumns' | 'setMergeStrategy' | 'setHiddenDimensionStrategy' | 'build';

const KIND: Record<string, string> = {
  AREA: 'EmbeddedAreaChartBuilder',
  BAR: 'EmbeddedBarChartBuilder',
  COLUMN: 'EmbeddedColumnChartBuilder',
  COMBO: 'EmbeddedComboChartBuilder',
  LINE: 'EmbeddedLineChartBuilder',
  PIE: 'EmbeddedPieChartBuilder',
  SCATTER: 'EmbeddedScatterChartBuilder',
  TABLE: 'EmbeddedTableChartBuilder',
};

/** A chart builder facade; `as…Chart` returns the same builder under its typed name. */
export class ChartBuilderFacade implements Pick<Builder, Modelled> {
  constructor(
    private readonly f: FacadeFactory,
    private readonly model: ChartModel,
    private readonly sheet: LocalSheet,
    private readonly kind: string,
  ) {}

  addRange(range: GoogleAppsScript.Spreadsheet.Range): Builder {
    this.model.ranges.push({ ...this.f.rangeTarget(range) });
    return this.self();
  }

  removeRange(range: GoogleAppsScript.Spreadsheet.Range): Builder {
    const t = this.f.rangeTarget(range);
    const index = this.model.ranges.findIndex(
      (r) => r.sheet === t.sheet && r.row === t.row && r.column === t.column && r.numRows === t.numRows && r.numColumns === t.numColumns,
    );
    if (index >= 0) this.model.ranges.splice(index, 1);
    return this.self();
  }

  clearRanges(): Builder {
    this.model.ranges.length = 0;
    return this.self();
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.model.ranges.map((r) => this.f.range(r.sheet, r.row, r.column, r.numRows, r.numColumns));
  }

  asAreaChart(): GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder {
    return this.as('AREA');
  }

  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    return this.as('BAR');
  }

  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    return this.as('COLUMN');
  }

  asComboChart(): GoogleAppsScript.Spreadsheet.EmbeddedComboChartBuilder {
    return this.as('COMBO');
  }

  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    return this.as('LINE');
  }

  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    return this.as('PIE');
  }

  asScatterChart(): GoogleAppsScript.Spreadsheet.EmbeddedScatterChartBuilder {
    return this.as('SCATTER');
  }

  asTableChart(): GoogleAppsScript.Spreadsheet.EmbeddedTableChartBuilder {
    return this.as('TABLE');
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): Builder {
    const name = enumName(ChartType, type);
    if (!name) throw serviceError('Invalid argument: type must be a Charts.ChartType.');
    this.model.type = name;
    return this.self();
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    return (this.model.type ? ChartType[this.model.type as 'LINE'] : null) as unknown as GoogleAppsScript.Charts.ChartType;
  }

  setNumHeaders(headers: number): Builder {
    this.model.numHeaders = headers;
    return this.self();
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): Builder {
    this.sheet.checkRect(anchorRowPos, anchorColPos, 1, 1);
    this.model.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this.self();
  }

  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return this.f.wrap(new ContainerInfoFacade(this.model), 'ContainerInfo');
  }

  setOption(option: string, value: any): Builder {
    // A deep copy: later changes to the add-on's object must not reach the chart.
    this.model.options[option] = value === undefined ? undefined : structuredClone(value);
    return this.self();
  }

  setTransposeRowsAndColumns(transpose: boolean): Builder {
    this.model.transpose = Boolean(transpose);
    return this.self();
  }

  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): Builder {
    const name = enumName(ChartMergeStrategy, mergeStrategy);
    if (!name) throw serviceError('Invalid argument: mergeStrategy must be a Charts.ChartMergeStrategy.');
    this.model.mergeStrategy = name;
    return this.self();
  }

  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy): Builder {
    const name = enumName(ChartHiddenDimensionStrategy, strategy);
    if (!name) throw serviceError('Invalid argument: strategy must be a Charts.ChartHiddenDimensionStrategy.');
    this.model.hiddenDimensionStrategy = name;
    return this.self();
  }

  build(): Chart {
    if (!this.model.type) {
      throw new Error('Not modelled by the local spreadsheet: building a chart without a chart type — call asLineChart()/asColumnChart()/… or setChartType first');
    }
    return this.f.chart(copyChart(this.model), this.sheet);
  }

  private as<T>(type: string): T {
    this.model.type = type;
    return this.f.chartBuilder(this.model, this.sheet, KIND[type]) as unknown as T;
  }

  private self(): Builder {
    return this.f.chartBuilder(this.model, this.sheet, this.kind);
  }
}

/** A built or inserted chart (a snapshot: changes go through modify() and updateChart). */
export class ChartFacade implements Pick<Chart, 'getChartId' | 'getContainerInfo' | 'getOptions' | 'getRanges' | 'getNumHeaders' | 'getTransposeRowsAndColumns' | 'getMergeStrategy' | 'getHiddenDimensionStrategy' | 'modify'> {
  constructor(
    private readonly f: FacadeFactory,
    readonly model: ChartModel,
    private readonly sheet: LocalSheet,
  ) {}

  getChartId(): number | null {
    return this.model.id;
  }

  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return this.f.wrap(new ContainerInfoFacade(this.model), 'ContainerInfo');
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return this.f.wrap(new ChartOptionsFacade(this.model), 'ChartOptions');
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.model.ranges.map((r) => this.f.range(r.sheet, r.row, r.column, r.numRows, r.numColumns));
  }

  getNumHeaders(): number {
    return this.model.numHeaders;
  }

  getTransposeRowsAndColumns(): boolean {
    return this.model.transpose;
  }

  getMergeStrategy(): GoogleAppsScript.Charts.ChartMergeStrategy {
    return ChartMergeStrategy[this.model.mergeStrategy as 'MERGE_ROWS'] as unknown as GoogleAppsScript.Charts.ChartMergeStrategy;
  }

  getHiddenDimensionStrategy(): GoogleAppsScript.Charts.ChartHiddenDimensionStrategy {
    const value = ChartHiddenDimensionStrategy[this.model.hiddenDimensionStrategy as 'IGNORE_BOTH'];
    return value as unknown as GoogleAppsScript.Charts.ChartHiddenDimensionStrategy;
  }

  modify(): Builder {
    const kind = this.model.type ? KIND[this.model.type] : 'EmbeddedChartBuilder';
    return this.f.chartBuilder(copyChart(this.model), this.sheet, kind);
  }
}

/** ChartOptions.get: the value set under that key, or reached through dotted keys (`vAxes.0.title`). */
export class ChartOptionsFacade implements Pick<GoogleAppsScript.Charts.ChartOptions, 'get'> {
  constructor(private readonly model: ChartModel) {}

  get(option: string): any {
    const options = this.model.options;
    if (option in options) return structuredClone(options[option]);
    const parts = option.split('.');
    for (let i = parts.length - 1; i > 0; i--) {
      const head = parts.slice(0, i).join('.');
      if (!(head in options)) continue;
      let value: unknown = options[head];
      for (const p of parts.slice(i)) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[p] : undefined;
      return value === undefined ? null : structuredClone(value);
    }
    return null;
  }
}

/** ContainerInfo: where the chart is anchored. */
export class ContainerInfoFacade implements Pick<GoogleAppsScript.Spreadsheet.ContainerInfo, 'getAnchorColumn' | 'getAnchorRow' | 'getOffsetX' | 'getOffsetY'> {
  constructor(private readonly model: ChartModel) {}

  getAnchorColumn(): number {
    return this.model.position.column;
  }

  getAnchorRow(): number {
    return this.model.position.row;
  }

  getOffsetX(): number {
    return this.model.position.offsetX;
  }

  getOffsetY(): number {
    return this.model.position.offsetY;
  }
}
