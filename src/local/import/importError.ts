/** Why a file could not be imported, for callers that branch on it (the CLI only needs the message). */
export type ImportProblem =
  | 'not-found'
  | 'empty'
  | 'binary'
  | 'old-excel'
  | 'not-a-workbook'
  | 'no-such-sheet'
  | 'unclosed-quote'
  | 'unknown-encoding'
  | 'too-large';

/**
 * A file that cannot be imported. The message is one line a marketer can act
 * on: what was wrong with the file and what to do about it. The CLI turns it
 * into exit code 3.
 *
 * @example
 * throw new ImportError('empty', 'answers.csv is empty: export the responses again and retry.');
 */
export class ImportError extends Error {
  /** Which problem it is. */
  readonly problem: ImportProblem;

  /**
   * @param problem which problem it is
   * @param message the one-line, readable explanation
   */
  constructor(problem: ImportProblem, message: string) {
    super(message);
    this.name = 'ImportError';
    this.problem = problem;
  }
}
