/** Apps Script DeveloperMetadata, its location and DeveloperMetadataFinder (spreadsheet and sheet level). */
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, enumName } from './enums';
import { serviceError } from './errors';
import type { FacadeFactory } from './factory';
import type { LocalSheet } from './localSheet';
import type { LocalSpreadsheet } from './localSpreadsheet';
import type { MetadataModel } from './metadataModel';

type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type Finder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;

/**
 * Adds metadata to the spreadsheet (sheet null) or a sheet, reading Apps
 * Script's overloads: (key), (key, visibility), (key, value), (key, value, visibility).
 */
export function addMetadata(book: LocalSpreadsheet, sheet: LocalSheet | null, key: string, second?: unknown, third?: unknown): MetadataModel {
  book.assertWritable();
  if (typeof key !== 'string' || key === '') throw serviceError('Developer metadata key must be a non-empty string.');
  const secondIsVisibility = enumName(DeveloperMetadataVisibility, second) !== null;
  const value = second === undefined || secondIsVisibility ? null : String(second);
  const visibility = enumName(DeveloperMetadataVisibility, secondIsVisibility ? second : (third ?? DeveloperMetadataVisibility.DOCUMENT));
  if (!visibility) throw serviceError('Invalid argument: visibility must be a SpreadsheetApp.DeveloperMetadataVisibility.');
  const model: MetadataModel = { id: book.newMetadataId(), key, value, visibility, sheet };
  book.metadata.push(model);
  return model;
}

type Modelled = 'getId' | 'getKey' | 'getValue' | 'getVisibility' | 'getLocation' | 'remove' | 'setKey' | 'setValue' | 'setVisibility' | 'moveToSheet' | 'moveToSpreadsheet';

/** A DeveloperMetadata facade. */
export class MetadataFacade implements Pick<DeveloperMetadata, Modelled> {
  constructor(
    private readonly f: FacadeFactory,
    private readonly model: MetadataModel,
  ) {}

  getId(): number {
    return this.model.id;
  }

  getKey(): string {
    return this.model.key;
  }

  getValue(): string | null {
    return this.model.value;
  }

  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return DeveloperMetadataVisibility[this.model.visibility as 'DOCUMENT'] as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  }

  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    return this.f.wrap(new MetadataLocationFacade(this.f, this.model.sheet), 'DeveloperMetadataLocation');
  }

  remove(): void {
    this.f.book.assertWritable();
    const index = this.f.book.metadata.indexOf(this.model);
    if (index >= 0) this.f.book.metadata.splice(index, 1);
  }

  setKey(key: string): DeveloperMetadata {
    this.f.book.assertWritable();
    this.model.key = key;
    return this.f.metadata(this.model);
  }

  setValue(value: string): DeveloperMetadata {
    this.f.book.assertWritable();
    this.model.value = value;
    return this.f.metadata(this.model);
  }

  setVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): DeveloperMetadata {
    const name = enumName(DeveloperMetadataVisibility, visibility);
    if (!name) throw serviceError('Invalid argument: visibility must be a SpreadsheetApp.DeveloperMetadataVisibility.');
    this.model.visibility = name;
    return this.f.metadata(this.model);
  }

  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): DeveloperMetadata {
    this.f.book.assertWritable();
    this.model.sheet = this.f.sheetModel(sheet);
    return this.f.metadata(this.model);
  }

  moveToSpreadsheet(): DeveloperMetadata {
    this.f.book.assertWritable();
    this.model.sheet = null;
    return this.f.metadata(this.model);
  }
}

/** DeveloperMetadataLocation: the spreadsheet or a sheet. */
export class MetadataLocationFacade implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, 'getLocationType' | 'getSheet' | 'getSpreadsheet' | 'getRow' | 'getColumn'> {
  constructor(
    private readonly f: FacadeFactory,
    private readonly sheet: LocalSheet | null,
  ) {}

  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    const type = this.sheet ? DeveloperMetadataLocationType.SHEET : DeveloperMetadataLocationType.SPREADSHEET;
    return type as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    return this.sheet ? this.f.sheet(this.sheet) : null;
  }

  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return this.sheet ? null : this.f.spreadsheet();
  }

  getRow(): GoogleAppsScript.Spreadsheet.Range | null {
    return null;
  }

  getColumn(): GoogleAppsScript.Spreadsheet.Range | null {
    return null;
  }
}

type FinderModelled = 'find' | 'withId' | 'withKey' | 'withValue' | 'withLocationType' | 'withVisibility';

/** A DeveloperMetadataFinder over the whole spreadsheet (scope null) or one sheet. */
export class MetadataFinderFacade implements Pick<Finder, FinderModelled> {
  private readonly filters: ((m: MetadataModel) => boolean)[] = [];

  constructor(
    private readonly f: FacadeFactory,
    private readonly scope: LocalSheet | null,
  ) {}

  find(): DeveloperMetadata[] {
    return this.f.book.metadata
      .filter((m) => this.scope === null || m.sheet === this.scope)
      .filter((m) => this.filters.every((keep) => keep(m)))
      .map((m) => this.f.metadata(m));
  }

  withId(id: number): Finder {
    return this.with((m) => m.id === id);
  }

  withKey(key: string): Finder {
    return this.with((m) => m.key === key);
  }

  withValue(value: string): Finder {
    return this.with((m) => m.value === value);
  }

  withLocationType(locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): Finder {
    const name = enumName(DeveloperMetadataLocationType, locationType);
    if (!name) throw serviceError('Invalid argument: locationType must be a SpreadsheetApp.DeveloperMetadataLocationType.');
    return this.with((m) => (m.sheet ? 'SHEET' : 'SPREADSHEET') === name);
  }

  withVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): Finder {
    const name = enumName(DeveloperMetadataVisibility, visibility);
    if (!name) throw serviceError('Invalid argument: visibility must be a SpreadsheetApp.DeveloperMetadataVisibility.');
    return this.with((m) => m.visibility === name);
  }

  private with(keep: (m: MetadataModel) => boolean): Finder {
    this.filters.push(keep);
    return this.f.wrap(this, 'DeveloperMetadataFinder');
  }
}
