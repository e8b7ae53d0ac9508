/**
 * Where the responses end: a note typed far below the table (row 400,000,
 * cell Z100000) is not a response and must not thin out the detector's
 * sample; a few blank rows inside the table do not end it; summary rows
 * (Average, Max, Std dev, NPS…) under it are not responses.
 */
import { analyzeTable } from '../../../src/nps/analysis';
import { columnsOfGrid } from '../../../src/nps/tableColumns';
import { profileColumns } from '../../../src/nps/roles';
import { findTable } from '../../../src/nps/table';

const HEADER = ['Submitted at', 'How likely are you to recommend us?', 'Plan', 'What could we do better?'];
const PLANS = ['Free', 'Pro', 'Team'];

/** `rows` responses, score i % 11, plans cycling, a comment on two rows of three. */
function responses(rows: number, width = HEADER.length): unknown[][] {
  const values: unknown[][] = [HEADER.concat(new Array(width - HEADER.length).fill(''))];
  for (let i = 0; i < rows; i++) {
    const row: unknown[] = [new Date(Date.UTC(2025, 0, 1) + i * 3600000), i % 11, PLANS[i % 3], i % 3 === 2 ? '' : `The export takes too long, ticket ${i}`];
    values.push(row.concat(new Array(width - row.length).fill('')));
  }
  return values;
}

/** Sheet rows as getValues returns them: empty rows of the full width up to `row`, then a note in `column`. */
function withNote(values: unknown[][], row: number, column: number, note: unknown): unknown[][] {
  const width = Math.max(values[0].length, column + 1);
  const grid = values.map((r) => r.concat(new Array(width - r.length).fill('')));
  while (grid.length < row - 1) grid.push(new Array(width).fill(''));
  const last = new Array(width).fill('');
  last[column] = note;
  grid.push(last);
  return grid;
}

/** The rows of `values` a function reads, by index. */
function watched(values: unknown[][]): { proxy: unknown[][]; touched: Set<number> } {
  const touched = new Set<number>();
  const proxy = new Proxy(values, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) touched.add(Number(key));
      return Reflect.get(target, key, receiver);
    },
  });
  return { proxy, touched };
}

const SETTINGS = { period: 'month' as const, segmentColumn: 2, rollingDays: null, confidence: 0.95, timeZone: 'UTC', locale: 'en_US' };

describe('a note typed far below the table', () => {
  it.each([
    ['a short note in A400000', 400000, 0, 'todo'],
    ['a number in the score column at row 400,000', 400000, 1, 42],
    ['a note in Z100000', 100000, 25, 'check'],
    ['a note in B1000 under 600 rows', 1000, 1, 'n = 600?'],
  ])('%s is not a response, and the detector samples the table', (_, row, column, note) => {
    const values = withNote(responses(600), row, column, note);
    const { proxy, touched } = watched(values);
    const table = findTable(proxy)!;
    expect(table).toEqual({ headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 601 });
    const { mapping, columns } = profileColumns(proxy, table, { locale: 'en_US' });
    expect(mapping).toEqual({ score: 1, date: 0, segments: [2], comments: [3], drivers: [2] });
    // Only the table's columns: the note's column is past the table.
    expect(columns).toHaveLength(4);
    // A first look over the used range (2,000 rows at most), then the table's 600 rows: never the used range row by row.
    expect(touched.size).toBeLessThanOrEqual(2000 + 600 + 200);
    // 600 scores 0, 1, …, 10 cycling: 54 full cycles (594 rows) and 0–5 once more.
    // Promoters (9, 10): 54·2 = 108; passives (7, 8): 108; detractors: 600 − 216 = 384.
    const overall = analyzeTable(columnsOfGrid(values, table), table, mapping, SETTINGS).overall;
    expect(overall).toMatchObject({ responses: 600, promoters: 108, passives: 108, detractors: 384, ignored: 0 });
  });

  it('ends the table of a long sheet too, at the last response', () => {
    const values = withNote(responses(5000), 400000, 0, 'x');
    expect(findTable(values)!.lastRow).toBe(5001);
  });

  it('a far note under the comment column of a short table is not a comment', () => {
    const values = withNote(responses(3), 400000, 3, 'remember');
    expect(findTable(values)!.lastRow).toBe(4);
  });
});

describe('blank rows inside the table', () => {
  /** 300 responses with `blank` empty rows after response 100 and after response 200. */
  function withGaps(blank: number): unknown[][] {
    const values = responses(300);
    const empty = () => new Array(HEADER.length).fill('');
    const gap = Array.from({ length: blank }, empty);
    return [...values.slice(0, 101), ...gap, ...values.slice(101, 201), ...gap, ...values.slice(201)];
  }

  it.each([1, 2, 5, 49])('%i blank rows in a row do not end the table', (blank) => {
    const values = withGaps(blank);
    const table = findTable(values)!;
    expect(table.lastRow).toBe(301 + 2 * blank);
    const { mapping } = profileColumns(values, table, { locale: 'en_US' });
    // 300 scores cycling 0–10: 27 full cycles (297) then 0, 1, 2. Promoters 54, passives 54, detractors 192.
    expect(analyzeTable(columnsOfGrid(values, table), table, mapping, SETTINGS).overall).toMatchObject({ responses: 300, promoters: 54, passives: 54, detractors: 192 });
  });

  it.each([50, 60, 300, 5000])('%i empty rows in a row followed by more responses do not end the table: every response counts', (blank) => {
    const values = withGaps(blank);
    const table = findTable(values)!;
    expect(table.lastRow).toBe(301 + 2 * blank);
    const { mapping } = profileColumns(values, table, { locale: 'en_US' });
    expect(analyzeTable(columnsOfGrid(values, table), table, mapping, SETTINGS).overall).toMatchObject({ responses: 300, promoters: 54, passives: 54, detractors: 192 });
  });

  it.each([
    ['a note', ['see the March tab', '', '', '']],
    ['a summary line', ['Average', 5.1, '', '']],
    ['a second table\'s header', ['Plan', 'Responses', 'NPS', 'Owner']],
    ['a row of text only', ['Q3 plan', 'to do', 'ask Bob', 'later']],
  ])('50 empty rows then %s end the table', (_what, row) => {
    const values = [...responses(120), ...Array.from({ length: 50 }, () => new Array(HEADER.length).fill('')), row, ['Pro', 40, 12.5, 'Ann']];
    expect(findTable(values)!.lastRow).toBe(121);
  });

  it('a long gap inside a table of thousands of rows, followed by more responses and a far note: every response counts, the note does not', () => {
    const big = responses(5000);
    const gap = Array.from({ length: 120 }, () => new Array(HEADER.length).fill(''));
    // Responses 1–3000, 120 empty rows, responses 3001–5000, then a note at row 400,000.
    const values = withNote([...big.slice(0, 3001), ...gap, ...big.slice(3001)], 400000, 0, 'x');
    expect(findTable(values)!.lastRow).toBe(5121);
  });

  it('blank rows before summary rows and after them, then a far note: lastRow is the last response', () => {
    const values = responses(40);
    const blank = new Array(HEADER.length).fill('');
    values.push(blank, ['Average', 5.1, '', ''], ['NPS', -50, '', ''], blank, blank);
    expect(findTable(withNote(values, 400000, 0, 'todo'))!.lastRow).toBe(41);
  });
});

describe('summary rows under the responses', () => {
  const labels = [
    'Max', 'MAX', 'Max:', 'Maximum', 'Min', 'Minimum', 'min.', 'Median', 'Average', 'Average:', 'Avg', 'Mean', 'Mean score', 'Total', 'TOTAL',
    'Total:', 'Totals', 'Sum', 'Sum =', 'Std dev', 'Std. dev.', 'StdDev', 'Std Dev', 'Stdev', 'St. dev.', 'Standard deviation', 'Variance',
    'Count', 'NPS', 'NPS:', 'NPS score', 'Net Promoter Score',
    // Other languages: German, French, Spanish, Italian, Portuguese, Dutch, Russian, Japanese, Chinese, Korean.
    'Anzahl', 'Standardabweichung', 'Médiane', 'Écart-type', 'Nombre', 'Mediana', 'Máximo', 'Mínimo', 'Desviación estándar', 'Recuento',
    'Massimo', 'Deviazione standard', 'Conteggio', 'Média', 'Desvio padrão', 'Contagem', 'Aantal', 'Mediaan', 'Количество', 'Медиана',
    '中央値', '標準偏差', '件数', '最大', '中位数', '标准差', '개수', '중앙값',
  ];

  it.each(labels)('"%s" with its figure in the score column is left out', (label) => {
    const values = responses(20);
    values.push(['', '', '', ''], [label, 6.5, '', '']);
    expect(findTable(values)!.lastRow).toBe(21);
  });

  it('a block of them, one per row, is left out, and lastRow is the last response', () => {
    const values = responses(20);
    for (const label of ['Count', 'Average', 'Median', 'Min', 'Max', 'Std dev', 'Sum', 'NPS']) values.push([label, 5, '', '']);
    expect(findTable(values)!.lastRow).toBe(21);
  });

  it('with the label beside the figures, under the score column', () => {
    const values = responses(20);
    values.push(['', '', '', ''], ['', 'Mean', 4.5, ''], ['', 'Standard deviation', 3.1, '']);
    expect(findTable(values)!.lastRow).toBe(21);
  });

  it('a response whose plan or comment starts like a label stays a response', () => {
    const values = responses(20);
    values.push([new Date(Date.UTC(2025, 5, 1)), 9, 'Max plan', 'Mean support agent'], ['Summary of my visit', 10, 'Pro', 'Great']);
    expect(findTable(values)!.lastRow).toBe(23);
  });
});
