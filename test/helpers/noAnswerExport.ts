/**
 * Survey exports where many cells say "no answer" the way R, pandas, SPSS,
 * Excel and people write it (`NA`, `NaN`, `.`, `#N/A`, a non-breaking
 * space…), with their expected counts worked out while writing them, by
 * SPEC §3: a 0–10 whole number is a response; a cell of spaces (also
 * non-breaking ones) is blank and not counted; any other marker, a
 * zero-width space included, is invalid and counted as ignored.
 */

/** Markers that are text: each counts as ignored in the score column. */
export const IGNORED_MARKERS = [
  'NA', 'N/A', 'n/a', '-', '.', 'null', 'NULL', 'None', 'nan', 'NaN', '#N/A', '(blank)', '--', '?', '\u200B', ' \u200B\u200B ', '<NA>', 'NaT', '#DIV/0!', 'n.a.', '–',
];
/** Markers made of spaces only: blank, not counted at all. */
export const BLANK_MARKERS = [' ', '\u00A0', '\u00A0 \u00A0', '  '];

/** Expected figures of the score column. */
export interface ExpectedCounts {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  ignored: number;
}

/** A generated export and what its score column holds. */
export interface NoAnswerExport {
  /** Header row, then one row per response. */
  rows: string[][];
  expected: ExpectedCounts;
}

/** A small seeded generator (LCG), so that every run writes the same file. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * An R-style export: `id, submitted, recommende_score.post, plan, Q5`
 * (Q5 holds free text). A share `markerShare` of the score cells are markers,
 * all styles mixed; a tenth of the dates are `NA`; a third of the Q5 answers
 * are `N/A`. Dates are ISO text (`2025-03-07 14:05`), scores plain digits.
 *
 * @param rows responses
 * @param markerShare 0–1, share of score cells that say "no answer"
 * @param seed varies where the markers fall
 */
export function noAnswerExport(rows: number, markerShare: number, seed: number): NoAnswerExport {
  const random = seeded(seed);
  const markers = [...IGNORED_MARKERS, ...BLANK_MARKERS];
  const expected: ExpectedCounts = { responses: 0, promoters: 0, passives: 0, detractors: 0, ignored: 0 };
  const out: string[][] = [['id', 'submitted', 'recommende_score.post', 'plan', 'Q5']];
  for (let i = 0; i < rows; i++) {
    let score: string;
    if (random() < markerShare) {
      score = markers[Math.floor(random() * markers.length)];
      if (!BLANK_MARKERS.includes(score)) expected.ignored++;
    } else {
      const s = Math.floor(random() * 11);
      score = String(s);
      expected.responses++;
      if (s >= 9) expected.promoters++;
      else if (s >= 7) expected.passives++;
      else expected.detractors++;
    }
    const day = 1 + Math.floor(random() * 28);
    const date = random() < 0.1 ? 'NA' : `2025-0${1 + (i % 6)}-${String(day).padStart(2, '0')} ${String(8 + (i % 10)).padStart(2, '0')}:05`;
    const plan = ['Free', 'Pro', 'Team'][Math.floor(random() * 3)];
    const text = random() < 0.33 ? 'N/A' : `The reports load slowly on Mondays, case ${1000 + i}`;
    out.push([String(i + 1), date, score, plan, text]);
  }
  return { rows: out, expected };
}

/** The rows as CSV text (fields with commas, quotes or line breaks quoted). */
export function toCsv(rows: string[][]): string {
  const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
