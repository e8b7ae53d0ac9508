import { profileColumns } from '../../../src/nps/roles';
import { findTable } from '../../../src/nps/table';
import { randomFor } from './corpus/random';
import { REASONS } from './corpus/sheet';

const ROWS = 200000;
const COLUMNS = 20;

/** 200,000 typed responses × 20 columns: dates, scores, segments, comments, ids, numbers, e-mails. */
function bigSheet(): unknown[][] {
  const random = randomFor(200000);
  const headers = ['Timestamp', 'Respondent ID', 'How likely are you to recommend us?', 'Why?', 'Region', 'Plan', 'Email', 'Progress', 'Duration (in seconds)', 'Satisfaction'];
  for (let c = headers.length; c < COLUMNS; c++) headers.push(`Extra ${c}`);
  const values: unknown[][] = [headers];
  const start = Date.UTC(2024, 0, 1);
  for (let r = 0; r < ROWS; r++) {
    const row: unknown[] = [
      new Date(start + r * 150000), 11400000000 + r, random.int(0, 10), random.chance(0.5) ? '' : random.pick(REASONS),
      random.pick(['North', 'South', 'East', 'West']), random.pick(['Free', 'Pro']), `p${r}@example.com`, 100, random.int(10, 900), random.int(1, 5),
    ];
    for (let c = row.length; c < COLUMNS; c++) row.push(random.int(0, 1000));
    values.push(row);
  }
  return values;
}

describe('profiling a 200,000-row sheet', () => {
  const values = bigSheet();

  it('reads a sample of rows, not all of them, and still finds the last row', () => {
    const touched = new Set<number>();
    const watched = new Proxy(values, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) touched.add(Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    const table = findTable(watched)!;
    expect(table).toEqual({ headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: ROWS + 1 });
    const { mapping } = profileColumns(watched, table, { locale: 'en_US' });
    expect(mapping).toEqual({ score: 2, date: 0, segments: [4, 5], comments: [3], drivers: [4, 5], respondent: 6 });
    expect(touched.size).toBeLessThanOrEqual(2100);
  });

  it('takes well under a second (time printed for the report)', () => {
    const began = performance.now();
    const table = findTable(values)!;
    profileColumns(values, table, { locale: 'en_US' });
    const ms = performance.now() - began;
    console.log(`findTable + profileColumns, ${ROWS} rows × ${COLUMNS} columns: ${ms.toFixed(1)} ms`);
    // A loose guard against an accidental full scan; the budget itself is measured, not timed here.
    expect(ms).toBeLessThan(5000);
  });
});

describe('finding the end of a long table under which a person typed totals', () => {
  /** 100,000 responses (Yes/No, score, plan), then a blank row and `Total | | 100000` and `Average | 7.2 |`. */
  function withTotals(): unknown[][] {
    const random = randomFor(100000);
    const values: unknown[][] = [['Would you buy again?', 'How likely are you to recommend us?', 'Plan']];
    for (let r = 0; r < 100000; r++) values.push([random.chance(0.7) ? 'Yes' : 'No', random.int(0, 10), random.pick(['Free', 'Pro', 'Team'])]);
    values.push(['', '', ''], ['Total', '', 100000], ['Average', 7.2, '']);
    return values;
  }

  it('leaves the summary rows out while reading a sample of rows, not every row above them', () => {
    const values = withTotals();
    const touched = new Set<number>();
    const watched = new Proxy(values, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) touched.add(Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    // Rows 2–100,001 are responses (1-based); the blank row and the two summary rows are not.
    expect(findTable(watched)).toEqual({ headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 100001 });
    // Two samples of at most 2,000 rows: the search for the table's end and the check that "Total" is no value of its column.
    expect(touched.size).toBeLessThanOrEqual(4100);
  });
});
