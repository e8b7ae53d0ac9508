/**
 * A request the playground refuses, with the HTTP status to answer and a
 * one-line reason for the person (or page) that sent it.
 */
export class HttpError extends Error {
  /**
   * @param status a 4xx status code
   * @param message what was wrong and what to do, in one line
   */
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
