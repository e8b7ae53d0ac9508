/**
 * Why a score column without a single 0–10 answer makes no report: the same
 * words from the sheet path (src/sheets/reportBuilder.ts) and from
 * `--engine duckdb` (src/local/duckdb/duckdbAnalyze.ts).
 *
 * @param header the score column's header ("" or undefined when it has none)
 * @param ignored the values of the column that are not 0–10 answers
 * @example noResponsesMessage('Score', 1) // 'No report was built: “Score” holds no 0–10 answers (1 other value). Set the role …'
 */
export function noResponsesMessage(header: string | undefined, ignored: number): string {
  const column = header ? `“${header}”` : 'The score column';
  const others = ignored === 1 ? '1 other value' : `${ignored} other values`;
  return `No report was built: ${column} holds no 0–10 answers (${others}). Set the role “NPS score (0–10)” on the column with the 0–10 answers, then build again.`;
}
