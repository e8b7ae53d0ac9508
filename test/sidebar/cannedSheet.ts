/**
 * Canned server answers for the sidebar tests: a 240-row form export whose
 * headers, samples, ignored values and warnings carry HTML and formula
 * payloads (they must show as text), and a plain-looking one for the
 * screenshot.
 */
import type { ColumnProfile, PreviewResult, SheetProfile, TrendPoint } from '../../src/shared/contract';
import type { FakeServerData } from './fakeScriptRun';

/** Markup that would run if the sidebar ever parsed sheet text as HTML. */
export const IMG_PAYLOAD = '<img src=x onerror=window.__pwned=1>';
/** A script tag payload. */
export const SCRIPT_PAYLOAD = '<script>window.__pwned=1</script>';
/** A formula-looking header. */
export const FORMULA_PAYLOAD = '=HYPERLINK("x")';

function column(index: number, header: string, role: ColumnProfile['role'], confidence: number, samples: string[]): ColumnProfile {
  return { index, letter: String.fromCharCode(65 + index), header, role, confidence, detectedRole: role, overridden: false, samples };
}

function month(start: string, label: string, promoters: number, passives: number, detractors: number, ci: [number, number] | null): TrendPoint {
  const responses = promoters + passives + detractors;
  return {
    start, label, displayLabel: label, fewResponses: responses > 0 && responses < 30,
    responses, promoters, passives, detractors, nps: responses ? ((promoters - detractors) / responses) * 100 : null, ci: responses ? ci : null,
  };
}

const trend: TrendPoint[] = [
  month('2025-01-01', 'Jan 2025', 20, 12, 12, [-4.1, 30.2]),
  month('2025-02-01', 'Feb 2025', 18, 11, 10, [-2.3, 37.8]),
  month('2025-03-01', 'Mar 2025', 0, 0, 0, null),
  month('2025-04-01', 'Apr 2025', 22, 14, 11, [5.0, 40.1]),
  month('2025-05-01', 'May 2025', 24, 15, 13, [4.9, 37.2]),
  month('2025-06-01', 'Jun 2025', 26, 15, 14, [6.1, 36.3]),
];

const preview: PreviewResult = {
  overall: { responses: 237, promoters: 110, passives: 67, detractors: 60, nps: ((110 - 60) / 237) * 100, ci: [12.34, 29.61], ignored: 5, moe: 8.64 },
  // 50 / 237 × 100 = 21.1: Good (0 < NPS < 50).
  reading: { band: 'Good', scale: 'scale −100 to 100', range: 'likely between 12 and 30 (95 % confidence)', fewResponses: false },
  comparisons: [
    { kind: 'previous', from: 'May 2025', to: 'Jun 2025', change: 1.9, p: 0.83, pAdjusted: 1, significant: false, sentence: 'Up 2 points since May 2025 — could be noise (p = 1)' },
  ],
  ignoredCells: [
    { row: 14, value: IMG_PAYLOAD },
    { row: 27, value: 'n/a' },
    { row: 31, value: '11' },
  ],
  undatedRows: [],
  trend,
  period: 'month',
  warnings: [`${SCRIPT_PAYLOAD} is not a date`],
  // Themes are the customers' words: payloads must show as text.
  themes: { detractors: [IMG_PAYLOAD, 'slow support'], promoters: [FORMULA_PAYLOAD], comments: 231 },
};

const profile: SheetProfile = {
  sheetName: 'Form Responses 1',
  sheetId: 123,
  timeZone: 'Europe/Berlin',
  table: { headerRow: 2, headerRows: 1, firstDataRow: 3, lastRow: 242 },
  columns: [
    column(0, 'Submitted at', 'date', 0.95, ['2025-01-03 10:00', '2025-01-04 09:12']),
    column(1, 'How likely are you to recommend us to a friend?', 'score', 0.97, ['9', '10', '7']),
    column(2, IMG_PAYLOAD, 'segment', 0.7, ['<b>Pro</b>', 'Free']),
    column(3, FORMULA_PAYLOAD, 'comment', 0.6, [SCRIPT_PAYLOAD, 'great']),
    column(4, SCRIPT_PAYLOAD, 'other', 0.4, [IMG_PAYLOAD]),
  ],
  mapping: { score: 1, date: 0, segments: [2], comments: [3] },
  problem: null,
  questionColumn: null,
  isReport: false,
  reportSheetName: null,
  reportOptions: null,
};

/** The form export with payloads everywhere text from the sheet appears. */
export const PAYLOAD_SHEET: FakeServerData = {
  profile,
  preview,
  report: { reportSheetName: 'NPS · Form Responses 1', charts: 3, created: true, periods: 6, segments: 2, message: "Report ready in 'NPS · Form Responses 1' — 3 charts" },
  refresh: { refreshed: ['NPS · Form Responses 1'], message: 'Refreshed 1 report.' },
};

/** The same export with no score column found: the sidebar must explain and let the user pick one. */
export const NO_SCORE_SHEET: FakeServerData = {
  ...PAYLOAD_SHEET,
  profile: {
    ...profile,
    columns: profile.columns.map((c) => (c.index === 1 ? { ...c, role: 'number', detectedRole: 'number', confidence: 0.5 } : c)),
    mapping: { score: null, date: 0, segments: [2], comments: [3] },
    problem: 'No column holds 0–10 scores. Pick the score column below.',
  },
};

/** A realistic export, for the screenshot in docs/. */
export const SCREENSHOT_SHEET: FakeServerData = {
  ...PAYLOAD_SHEET,
  profile: {
    ...profile,
    columns: [
      column(0, 'Timestamp', 'date', 0.96, ['1/3/2025 10:00:00']),
      column(1, 'How likely are you to recommend Acme to a friend or colleague?', 'score', 0.98, ['9', '10', '6']),
      column(2, 'Plan', 'segment', 0.88, ['Pro', 'Team', 'Free']),
      column(3, 'Region', 'segment', 0.74, ['EMEA', 'NA', 'APAC']),
      column(4, 'What is the main reason for your score?', 'comment', 0.91, ['Fast support', 'Too pricey']),
      column(5, 'Email address', 'email', 0.99, ['ana@example.com']),
    ],
    // The e-mail column is the respondent until the user picks another (SPEC §10).
    mapping: { score: 1, date: 0, segments: [2, 3], comments: [4], respondent: 5 },
  },
  preview: {
    ...preview,
    themes: { detractors: ['slow support', 'price'], promoters: ['easy to use', 'dashboard'], comments: 231 },
    ignoredCells: [
      { row: 14, value: 'n/a' },
      { row: 27, value: '11' },
      { row: 31, value: 'maybe' },
    ],
    warnings: [],
  },
};

/** The screenshot sheet with a report built by quarter, split by Region (D), live: what Refresh must keep. */
export const REPORTED_SHEET: FakeServerData = {
  ...SCREENSHOT_SHEET,
  profile: {
    ...SCREENSHOT_SHEET.profile,
    reportSheetName: 'NPS · Form Responses 1',
    reportOptions: { period: 'quarter', segmentColumn: 3, rollingDays: null, confidence: 0.95, mode: 'live' },
  },
};

/** The same, with its report sheet active: the profile is the source's, flagged as a report. */
export const REPORT_TAB_SHEET: FakeServerData = {
  ...REPORTED_SHEET,
  profile: { ...REPORTED_SHEET.profile, isReport: true },
  refresh: { refreshed: ['NPS · Form Responses 1'], message: "Refreshed one report: 'NPS · Form Responses 1'." },
};

/** A survey export with 60 columns (one score among them): the headline must still lead. */
export const WIDE_SHEET: FakeServerData = {
  ...PAYLOAD_SHEET,
  profile: {
    ...profile,
    columns: Array.from({ length: 60 }, (_, i) =>
      i === 1 ? column(1, 'How likely are you to recommend us?', 'score', 0.97, ['9', '10'])
        : i === 0 ? column(0, 'Submitted at', 'date', 0.95, ['2025-01-03'])
        : { ...column(i, `Q${i} How satisfied are you with feature ${i}?`, 'number', 0.8, ['3', '4']), letter: i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(39 + i)}` },
    ),
    mapping: { score: 1, date: 0, segments: [], comments: [] },
  },
};

/** 12 responses: 3 promoters, 4 passives, 5 detractors — NPS (3 − 5) / 12 = −16.7, few responses, no earlier period. */
export const FEW_SHEET: FakeServerData = {
  ...PAYLOAD_SHEET,
  profile: { ...profile, table: { headerRow: 1, headerRows: 1, firstDataRow: 2, lastRow: 13 } },
  preview: {
    ...preview,
    overall: { responses: 12, promoters: 3, passives: 4, detractors: 5, nps: ((3 - 5) / 12) * 100, ci: [-52.1, 22.4], ignored: 0, moe: 37.3 },
    reading: { band: 'Needs improvement', scale: 'scale −100 to 100', range: 'likely between -52 and 22 (95 % confidence)', fewResponses: true },
    comparisons: [],
    ignoredCells: [],
    trend: [month('2025-06-01', 'Jun 2025', 3, 4, 5, [-52.1, 22.4])],
    warnings: [],
  },
};

/** Weekly periods: the table labels are ISO weeks, the sidebar shows "Week of …". */
export const WEEKLY_PREVIEW: PreviewResult = {
  ...preview,
  period: 'week',
  trend: [
    { ...month('2025-04-21', '2025-W17', 20, 10, 10, [0.2, 49.8]), displayLabel: 'Week of Apr 21, 2025' },
    { ...month('2025-04-28', '2025-W18', 22, 10, 9, [8.1, 55.3]), displayLabel: 'Week of Apr 28, 2025' },
  ],
  comparisons: [
    { kind: 'previous', from: '2025-W17', to: '2025-W18', change: 6.7, p: 0.52, pAdjusted: 0.52, significant: false, sentence: 'Up 7 points since Week of Apr 21, 2025 — could be noise (p = 0.52)' },
  ],
};

const noTable = (problem: string): FakeServerData => ({
  ...PAYLOAD_SHEET,
  profile: { ...profile, sheetName: 'Sheet1', table: null, columns: [], mapping: { score: null, date: null, segments: [], comments: [] }, problem },
});

/** An empty sheet: nothing to measure. */
export const EMPTY_SHEET = noTable('"Sheet1" is empty. Open the sheet with your survey answers (a header row, then one row per response).');

/** Headers only, no responses under them. */
export const HEADERS_ONLY_SHEET = noTable('"Sheet1" has headers but no responses under them yet. When answers arrive (one row per response), open the sidebar again.');

/** A Stack Overflow-like export with two 0–10 recommend questions: scored on B, with K offered instead. */
export const TWO_RECOMMEND_SHEET: FakeServerData = {
  ...SCREENSHOT_SHEET,
  profile: {
    ...SCREENSHOT_SHEET.profile,
    columns: [
      ...SCREENSHOT_SHEET.profile.columns.slice(0, 2),
      ...Array.from({ length: 8 }, (_, i) => column(2 + i, `Q${3 + i}`, 'other', 0.5, ['Agree'])),
      column(10, `How likely are you to recommend Python to a friend or colleague? ${IMG_PAYLOAD}`, 'number', 0.6, ['NA', '10', '8']),
    ],
    mapping: { score: 1, date: 0, segments: [], comments: [] },
    alternativeScores: [{ column: 10, letter: 'K', header: `How likely are you to recommend Python to a friend or colleague? ${IMG_PAYLOAD}` }],
  },
};
