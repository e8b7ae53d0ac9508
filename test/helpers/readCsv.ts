import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Real-shaped exports with independent truth files (copied from ../shared/fixtures so a clone is self-contained). */
export const FIXTURES = join(__dirname, '..', 'fixtures');

/**
 * A minimal RFC 4180 reader for test inputs: quoted fields, doubled quotes,
 * newlines inside quotes. Every cell stays text — deliberately independent
 * of the importer under test.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A fixture CSV as text cells. */
export function readFixture(name: string): string[][] {
  return parseCsv(readFileSync(join(FIXTURES, name), 'utf8'));
}

/** Counts as the fixtures' truth files give them. */
export interface TruthCounts {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  nps: number;
}

/** A fixture's truth file. */
export interface FixtureTruth {
  file: string;
  headerRows: number;
  scoreColumn: number;
  dateColumn: number;
  dateColumnsAccepted?: number[];
  segmentColumns: number[];
  commentColumns: number[];
  timeZone: string;
  overall: TruthCounts;
  byMonth: Record<string, TruthCounts>;
  byWeek: Record<string, TruthCounts>;
  byQuarter: Record<string, TruthCounts>;
  bySegment: Record<string, TruthCounts>;
}

/** Reads `<name>.truth.json`. */
export function readTruth(name: string): FixtureTruth {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.truth.json`), 'utf8'));
}

/** The three fixtures by base name. */
export const FIXTURE_NAMES = ['google_forms_responses', 'surveymonkey_sample', 'qualtrics_sample'] as const;
