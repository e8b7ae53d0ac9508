/**
 * A failure `nps-sheets analyze` reports with one line and an exit code.
 *
 * @example throw new CliError(EXIT_UNREADABLE, 'answers.csv: no score column found')
 */
export class CliError extends Error {
  /** The process exit code. */
  readonly exitCode: number;

  /**
   * @param exitCode 2 for bad usage, 3 for an unreadable file or no score column
   * @param message one readable line
   */
  constructor(exitCode: number, message: string) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
