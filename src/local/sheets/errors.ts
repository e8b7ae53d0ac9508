/** The errors the local spreadsheet throws: Apps Script's own messages, and "not modelled". */

/**
 * An error as an Apps Script service throws it: `name` is `Exception`, so
 * `String(error)` reads `Exception: <message>` as in the Apps Script log.
 */
export function serviceError(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/**
 * The error for a member of an Apps Script object that the local spreadsheet
 * does not implement.
 * @example notModelled('Sheet.autoResizeColumns').message
 * // 'Not modelled by the local spreadsheet: Sheet.autoResizeColumns — add it to src/local/sheets if the add-on needs it'
 */
export function notModelled(member: string): Error {
  return new Error(`Not modelled by the local spreadsheet: ${member} — add it to src/local/sheets if the add-on needs it`);
}
