/**
 * "What goes with the score" on the report sheet: the significant drivers
 * beside the charts (K11 on, P11 on right of a themes chart), as text where they come from the data, in
 * snapshot and live reports. Figures by hand: NPS = (P − D) / n, the rest
 * being the other answered responses.
 */
import { cellRect, chartRect, createSpreadsheet, loadAddon, overlaps } from '../../src/local/sheets';
import { DIST, options } from './sampleBook';

const PAYLOAD = '=HYPERLINK("x")';

/** 60 "Pro"/"pro" (all promoters), 60 "Free" (all 2), 40 payload answers (all 0), 20 "N/A" (9): dated over January. */
function survey(): unknown[][] {
  const values: unknown[][] = [['Timestamp', 'How likely are you to recommend us?', 'Plan']];
  const add = (n: number, plan: string, score: number) => {
    for (let i = 0; i < n; i++) values.push([new Date(Date.UTC(2025, 0, 1 + (values.length % 28), 12)), score, plan]);
  };
  add(40, 'Pro', 10);
  add(20, 'pro', 9);
  add(60, 'Free', 2);
  add(40, PAYLOAD, 0);
  add(20, 'N/A', 9);
  return values;
}

function build(mode: 'snapshot' | 'live') {
  const book = createSpreadsheet({ timeZone: 'UTC', sheets: [{ name: 'Survey', values: survey() }] });
  const addon = loadAddon({ spreadsheet: book, distDir: DIST });
  addon.run('buildReport', options({ segmentColumn: 2, mode }));
  return book.sheetByName('NPS · Survey')!;
}

describe('the report lists what goes with the score', () => {
  test('snapshot: title, header and the significant drivers strongest first; the no-answer rows are neither listed nor in the rest', () => {
    const report = build('snapshot');
    expect(report.value(11, 11)).toBe('What goes with the score');
    const rows = [12, 13, 14, 15].map((r) => [11, 12, 13, 14, 15, 16].map((c) => report.value(r, c)));
    expect(rows[0]).toEqual(['Question', 'Answer', 'Responses', 'NPS', 'vs rest', 'Significant']);
    // Pro: 60 promoters → 100; its rest: 100 detractors → −100; difference 200.
    expect(rows[1]).toEqual(['Plan', 'Pro', 60, 100, 200, 'Yes ▲']);
    // Free: −100; its rest: 60 promoters, 40 detractors → 20; difference −120.
    expect(rows[2].slice(0, 4)).toEqual(['Plan', 'Free', 60, -100]);
    expect(rows[2][4] as number).toBeCloseTo(-120, 10);
    expect(rows[2][5]).toBe('Yes ▼');
    // The payload: −100 against 60 promoters and 60 detractors (0): −100; kept as text, never a formula.
    expect(rows[3].slice(0, 3)).toEqual(['Plan', PAYLOAD, 40]);
    expect(rows[3][4] as number).toBeCloseTo(-100, 10);
    expect(report.formulaAt(15, 12)).toBeNull();
    expect(String(report.value(16, 11))).toMatch(/^Answers with a higher \(▲\) or lower \(▼\) NPS than the other responses to the same question, beyond chance at 95 % confidence, allowing for the 3 answers tested \(Holm\)\.$/);
  });

  test('the block lies beside the charts, under none of them', () => {
    const report = build('snapshot');
    const charts = report.charts.map((chart) => chartRect(report, chart));
    expect(charts.length).toBeGreaterThan(0);
    for (let r = 11; r <= 16; r++) for (let c = 11; c <= 16; c++) for (const chart of charts) expect(overlaps(cellRect(report, r, c), chart)).toBe(false);
  });

  test('live: the same values, titled as those of the build', () => {
    const report = build('live');
    expect(report.value(11, 11)).toBe('What goes with the score (at the build)');
    expect([11, 12, 13].map((c) => report.value(13, c))).toEqual(['Plan', 'Pro', 60]);
  });
});

describe('with a themes chart beside the first row of charts', () => {
  /** The survey above with a comment each: detractors say "too expensive", promoters "easy setup", the N/A group "fine". */
  function withComments(): unknown[][] {
    const values = survey();
    values[0].push('What is the main reason for your score?');
    for (let i = 1; i < values.length; i++) {
      const score = values[i][1] as number;
      values[i].push(score <= 6 ? `Too expensive for what we get (${i})` : values[i][2] === 'N/A' ? `Fine overall (${i})` : `Easy setup and great support (${i})`);
    }
    return values;
  }

  test('the block moves right of the themes chart (P11), under no chart', () => {
    const book = createSpreadsheet({ timeZone: 'UTC', sheets: [{ name: 'Survey', values: withComments() }] });
    const addon = loadAddon({ spreadsheet: book, distDir: DIST });
    addon.run('buildReport', options({ segmentColumn: 2, mode: 'snapshot' }));
    const report = book.sheetByName('NPS · Survey')!;
    const charts = report.charts.map((chart) => chartRect(report, chart));
    // Trend, mix, segments, distribution and the themes chart.
    expect(charts.length).toBe(5);
    // Column K is under the themes chart now; the block starts at P (16).
    expect(report.value(11, 11)).toBe('');
    expect(report.value(11, 16)).toBe('What goes with the score');
    expect(report.value(13, 17)).toBe('Pro');
    for (let r = 11; r <= 16; r++) for (let c = 16; c <= 21; c++) for (const chart of charts) expect(overlaps(cellRect(report, r, c), chart)).toBe(false);
  });
});
