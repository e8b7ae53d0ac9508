/**
 * Where the table of responses sits in a sheet: below any title rows, with
 * one to three header rows (SurveyMonkey exports two, Qualtrics three).
 */
import type { TablePosition } from '../shared/contract';
import { isBlankCell, isDateCell, isNoAnswerText, isUnanswered, looksLikeDateText, numberOfCell } from './cellKinds';
import { spreadRows } from './columnStats';
import { readScore } from './score';

/** Rows looked at to find the header row (title rows above it are few). */
const HEADER_SEARCH_ROWS = 60;
/** Data rows looked at to learn what each column holds when deciding extra header rows. */
const KIND_SAMPLE_ROWS = 40;
/** Rows searched at most for them (blank rows and repeated header rows are passed over). */
const KIND_SEARCH_ROWS = 2000;
/**
 * Fully empty rows in a row that end the table, unless full rows of the
 * same kinds follow them: what comes after them (a note typed at row
 * 400,000 or in Z100000, a summary line) is not responses. Blank rows inside
 * a table come a few at a time (a cleared response, a spacer between months
 * in a hand-kept log, a handful of cleared test answers), while 50 empty rows
 * are more than a screen of nothing (Sheets shows about 35 rows at once). A
 * shorter gap keeps the rows after it: at worst a stray note is read as one
 * more row (its score cell blank or ignored), never responses lost; a longer
 * one is looked past when the next row fills the table's width with values
 * of its columns' kinds (responses pasted further down), see continuesTable.
 */
const TABLE_GAP = 50;
/** Rounds of {@link tableEnd}; each looks closer, and two suffice unless the table has more than 2,000 rows. */
const END_ROUNDS = 8;
/** A header row fills at least this share of the table's width; a title row does not. */
const HEADER_FILL = 0.6;
/** The second-row labels SurveyMonkey writes under its questions. */
const SURVEYMONKEY_SUBHEADERS = /^(response|open-ended response|other \(please specify\)|comments?)$/i;

/**
 * Labels of summary rows under a hand-kept table, in the languages the header
 * words know: totals and averages, the statistics people and SPSS write
 * (`N`, `Mode`, `Range`, `SD`, `SE`, `Q1`…), and an NPS tally under its
 * responses (`Promoters`, `% Detractors`, `Responses`), in English and in
 * the languages Sheets users write them in (`Anzahl`, `Médiane`, `Desviación
 * estándar`, `中央値`…). A leading `%` or `# ` is allowed.
 */
const SUMMARY_LABEL =
  /^([%#]\s*)?(grand totals?|totals?|sum|count|average|avg|mean|median|mode|range|iqr|min(imum)?|max(imum)?|st(d|andard)?\.? ?dev(\.|iation)?|stdev|sd|se|sem|st(d|andard)?\.? ?err(\.|or)?|variance|var|q[1-4]|quartiles?|percentiles?|p\d{1,2}|n|sample size|responses|respondents|promoters|passives|detractors|overall|nps( score)?|net promoter score|summary|gesamt|insgesamt|summe|anzahl|durchschnitt|mittelwert|standardabweichung|varianz|total general|promedio|media|mediana|suma|recuento|cuenta|máximo|mínimo|desviaci[oó]n( est[aá]ndar| t[ií]pica)?|moyenne|médiane|somme|nombre|écart[- ]type|totale|somma|conteggio|massimo|minimo|deviazione standard|média|soma|contagem|desvio padr[aã]o|gemiddeld[e]?|totaal|aantal|som|mediaan|standaarddeviatie|итого|всего|среднее|сумма|количество|медиана|максимум|минимум|стандартное отклонение|合計|平均|件数|個数|最大値?|最小値?|中央値|標準偏差|总计|合计|平均值|计数|最大值|最小值|中位数|标准差|합계|평균|개수|최대값?|최소값?|중앙값|표준편차)(?=$|[\s:=(.-])/i;

/** Words that open a report's footer line: "Confidential Information - Do Not Distribute", "Copyright © 2000-2026 salesforce.com", "Source: …". */
const FOOTER_LINE = /^(confidential|copyright|©|\(c\)|source:|notes?:|generated|exported|printed|report (generated|run)|all rights)/i;

type CellKind = 'number' | 'date' | 'text';

/**
 * Finds the table of responses in a whole sheet's values.
 *
 * Title rows (a title in A1, blank rows, "Exported on …") are skipped: the
 * header row is the first row that fills most of the table's width. One or
 * two more rows count as header rows when they cannot be data: a Qualtrics
 * `{"ImportId":…}` row, SurveyMonkey's `Response`/`Open-Ended Response` row,
 * or a row of text where the columns below hold numbers or dates (Qualtrics'
 * row of question texts). The data end at the first run of {@link TABLE_GAP}
 * empty rows (a note far below is not a response), and before any summary
 * rows and footer lines under the responses.
 *
 * @param values the sheet's `getValues()`: row 0 is sheet row 1
 * @returns the table's rows (1-based sheet rows), or null for an empty sheet
 *   or one with headers but no data
 * @example
 * findTable([['My survey'], [''], ['Date', 'Score'], ['2025-01-02', 9]]);
 * // { headerRow: 3, headerRows: 1, firstDataRow: 4, lastRow: 4 }
 */
export function findTable(values: unknown[][]): TablePosition | null {
  const last = lastFilledRow(values);
  if (last < 0) return null;
  const header = headerRowIndex(values, last);
  let headerRows = 1;
  while (headerRows < 3 && header + headerRows <= last && isExtraHeaderRow(values, header + headerRows, last)) headerRows++;
  let first = header + headerRows;
  while (first <= last && filledCount(values[first]) === 0) first++;
  if (first > last) return null;
  const headerWidth = filledCount(values[header]);
  const end = tableEnd(values, first, last, headerWidth);
  return { headerRow: header + 1, headerRows, firstDataRow: first + 1, lastRow: summaryRowsCut(values, first, end, headerWidth) + 1 };
}

/**
 * The last filled row before the first run of {@link TABLE_GAP} empty rows
 * after row `first`, or `last` when there is none. Like the detector, it
 * reads a sample of rows spread from `first` to `last` (the same rows the
 * detector samples when the table runs to `last`), not every row: an empty
 * sampled row is looked around, and when it lies in such a gap the table
 * ends before it; the next round samples that shorter table more densely.
 * A gap between two sampled rows of a table longer than 2,000 rows can go
 * unseen: the table then runs on, which loses no response.
 */
function tableEnd(values: unknown[][], first: number, last: number, headerWidth: number): number {
  let end = last;
  let kinds: CellKind[] | null = null;
  const resumes = (row: number) => continuesTable(values[row] || [], headerWidth, (kinds ??= columnKinds(values, first, last)));
  for (let round = 0; round < END_ROUNDS; round++) {
    const cut = endBeforeFirstGap(values, first, end, resumes);
    if (cut === end) break;
    end = cut;
  }
  return end;
}

/**
 * One round of {@link tableEnd}: the last filled row before the first gap a
 * sampled row falls in, or `end`. A gap after which the table `resumes` is
 * looked past.
 */
function endBeforeFirstGap(values: unknown[][], first: number, end: number, resumes: (row: number) => boolean): number {
  const rows = spreadRows(first, end);
  let pastGap = -1;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (r <= pastGap || hasFilledCell(values[r])) continue;
    let before = r - 1;
    while (before > first && !hasFilledCell(values[before])) before--;
    let after = r + 1;
    while (after <= end && after - before <= TABLE_GAP && !hasFilledCell(values[after])) after++;
    if (after - before <= TABLE_GAP) continue;
    // The row after the gap: looked for up to the next sampled row, else the next sampled row that holds anything.
    const nextSampled = k + 1 < rows.length ? rows[k + 1] : end;
    while (after < nextSampled && !hasFilledCell(values[after])) after++;
    for (let m = k + 1; m < rows.length && !hasFilledCell(values[after]); m++) after = rows[m];
    if (!hasFilledCell(values[after]) || !resumes(after)) return before;
    pastGap = after;
  }
  return end;
}

/**
 * True when a row after a long gap is more of the table: it fills most of
 * the header's width (a note or a summary line does not), and its cells
 * under the columns of numbers or dates hold numbers or dates (a second
 * table's header row does not).
 */
function continuesTable(row: unknown[], headerWidth: number, kinds: CellKind[]): boolean {
  if (filledCount(row) < Math.max(2, Math.ceil(headerWidth * HEADER_FILL))) return false;
  let agree = 0;
  let disagree = 0;
  kinds.forEach((kind, c) => {
    if (kind === 'text' || isUnanswered(row[c])) return;
    if (cellKind(row[c]) === kind) agree++;
    else disagree++;
  });
  return agree > disagree;
}

/**
 * The last data row once summary rows a person typed under the responses
 * (`Average | | 7.8`, `Total: 159`, `NPS = 42`, Salesforce's `Grand Totals
 * (140 records)`, with blank rows between) are left out: each is a sparse
 * row whose first filled cell is such a label. Footer lines under them (a
 * lone note in the first column, "Confidential Information…", "Copyright…")
 * are left out too.
 */
function summaryRowsCut(values: unknown[][], first: number, last: number, headerWidth: number): number {
  const sparse = Math.max(3, Math.floor(headerWidth / 2));
  let end = last;
  for (let r = last; r > first; r--) {
    const row = values[r] || [];
    const filled = filledCount(row);
    if (filled === 0) continue;
    const at = row.findIndex((cell) => !isBlankCell(cell));
    const label = typeof row[at] === 'string' ? (row[at] as string).trim() : null;
    const footer = filled === 1 && label !== null && (FOOTER_LINE.test(label) || (at === 0 && (label.length >= 25 || label.split(/\s+/).length >= 4)));
    if (!footer && (filled > sparse || label === null || !SUMMARY_LABEL.test(label) || holdsAbove(values, first, r, at, label))) break;
    end = r - 1;
  }
  while (end > first && filledCount(values[end]) === 0) end--;
  return end;
}

/**
 * True when the column's data above row `r` hold the same text: then it is
 * one of the column's values (`N` in a column of `Y`/`N` answers), not a label.
 * Like the detector, it looks at every row of a table of up to 2,000 rows,
 * and at 2,000 rows spread over a longer one.
 */
function holdsAbove(values: unknown[][], first: number, r: number, column: number, label: string): boolean {
  const wanted = label.toLowerCase();
  for (const above of spreadRows(first, r - 1)) {
    const cell = values[above]?.[column];
    if (typeof cell === 'string' && cell.trim().toLowerCase() === wanted) return true;
  }
  return false;
}

/** Index of the last row with any non-blank cell, -1 when there is none. Scans from the bottom, so trailing blank rows cost little. */
function lastFilledRow(values: unknown[][]): number {
  for (let r = values.length - 1; r >= 0; r--) if (filledCount(values[r]) > 0) return r;
  return -1;
}

function hasFilledCell(row: unknown[] | undefined): boolean {
  return !!row && row.some((cell) => !isBlankCell(cell));
}

function filledCount(row: unknown[] | undefined): number {
  if (!row) return 0;
  let n = 0;
  for (let c = 0; c < row.length; c++) if (!isBlankCell(row[c])) n++;
  return n;
}

/** The first row that fills most of the widest row near the top. */
function headerRowIndex(values: unknown[][], last: number): number {
  let top = 0;
  while (filledCount(values[top]) === 0) top++;
  const end = Math.min(last, top + HEADER_SEARCH_ROWS);
  let width = 0;
  for (let r = top; r <= end; r++) width = Math.max(width, filledCount(values[r]));
  const needed = Math.max(1, Math.ceil(width * HEADER_FILL));
  for (let r = top; r <= end; r++) {
    if (filledCount(values[r]) < needed) continue;
    // A full row of numbers or dates right under a sparse row is the first
    // data row under a header whose cells are mostly blank.
    return r > top && filledCount(values[r - 1]) > 0 && looksLikeData(values[r]) ? r - 1 : r;
  }
  return top;
}

function looksLikeData(row: unknown[]): boolean {
  return row.some((cell) => !isBlankCell(cell) && cellKind(cell) !== 'text');
}

function cellKind(cell: unknown): CellKind {
  if (isDateCell(cell) || looksLikeDateText(cell)) return 'date';
  if (!isNaN(numberOfCell(cell)) || readScore(cell) >= 0) return 'number';
  return 'text';
}

/** The kind most cells of each column hold in the rows after `from` (text when mixed). */
function columnKinds(values: unknown[][], from: number, last: number): CellKind[] {
  const counts: Array<{ number: number; date: number; text: number }> = [];
  let seen = 0;
  // Up to the first gap that ends the table: a note far below tells nothing of the columns.
  const end = Math.min(last, from + KIND_SEARCH_ROWS - 1);
  for (let r = from, empty = 0; r <= end && seen < KIND_SAMPLE_ROWS && empty < TABLE_GAP; r++) {
    const row = values[r] || [];
    if (!hasFilledCell(row)) {
      empty++;
      continue;
    }
    empty = 0;
    if (isMarkedHeaderRow(row)) continue;
    seen++;
    for (let c = 0; c < row.length; c++) {
      // `NA`, `-`… are not the column's kind of value.
      if (isUnanswered(row[c])) continue;
      const count = counts[c] || (counts[c] = { number: 0, date: 0, text: 0 });
      count[cellKind(row[c])]++;
    }
  }
  return counts.map((count) => {
    const total = count ? count.number + count.date + count.text : 0;
    if (total === 0) return 'text';
    if (count.date >= 0.7 * total) return 'date';
    return count.number >= 0.7 * total ? 'number' : 'text';
  });
}

/** A row that says it is a header: Qualtrics' `{"ImportId":…}` row, SurveyMonkey's row of `Response` labels. */
function isMarkedHeaderRow(row: unknown[]): boolean {
  const filled = row.filter((cell) => !isBlankCell(cell));
  if (filled.some((cell) => typeof cell === 'string' && /^\s*\{\s*"ImportId"/i.test(cell))) return true;
  return filled.length > 0 && filled.every((cell) => typeof cell === 'string' && SURVEYMONKEY_SUBHEADERS.test(cell.trim()));
}

/** True when row `r` is one more header row rather than the first data row. */
function isExtraHeaderRow(values: unknown[][], r: number, last: number): boolean {
  const row = values[r] || [];
  if (filledCount(row) === 0) return false;
  if (isMarkedHeaderRow(row)) return true;
  const kinds = columnKinds(values, r + 1, last);
  let agree = 0;
  let disagree = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    const kind = kinds[c];
    if (isBlankCell(cell) || kind === undefined || kind === 'text') continue;
    if (cellKind(cell) === kind) agree++;
    else if (!isNoAnswerText(cell)) disagree++;
  }
  return disagree > 0 && agree === 0;
}
