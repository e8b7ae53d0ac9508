/**
 * The head of a CSV or TSV file, imported the way the sheet path imports
 * the whole file: it is the detection sample, and it tells DuckDB what its
 * sniffer cannot guess from a file with a title above the table or notes
 * under it — the delimiter and the line where the header row starts.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { decodeText } from '../import/decodeText';
import { parseDelimited } from '../import/csvParse';
import { detectDelimiter } from '../import/delimiter';
import { importText } from '../import';

/** Bytes read for the sample: thousands of rows of a usual export. */
const HEAD_BYTES = 1 << 20;

/** The imported head of a file. */
export interface CsvHead {
  /** The sheet values of the head, as the sheet path would import them (its last, maybe cut, row left out unless the file ends there). */
  values: unknown[][];
  delimiter: string;
  /** The 1-based line where each sheet row starts (quoted line breaks make rows span lines). */
  lineOfRow: number[];
  /** True when the head is the whole file. */
  complete: boolean;
  /** True when a quoted field in the head spans lines. */
  quotedLineBreaks: boolean;
  /** Rows that are blank lines (DuckDB skips them; the sheet keeps them as empty rows), by sheet row. */
  blankRows: Set<number>;
  /** True when rows end in more than one way (CRLF, LF, CR): the sheet reads each as a line end, DuckDB only when told to be lenient. */
  mixedLineEnds: boolean;
}

/**
 * Reads and imports the head of a file.
 *
 * @param path the file
 * @param fileName its name, for messages and the sheet name
 * @param locale the spreadsheet locale
 * @param timeZone the spreadsheet zone
 * @throws ImportError as the sheet path's import does (empty file, unclosed quote in a complete head)
 */
export function readCsvHead(path: string, fileName: string, locale: string, timeZone: string): CsvHead {
  const { bytes, complete } = headOf(path);
  const { text: decoded } = decodeText(bytes, fileName);
  let text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (!complete) text = text.slice(0, Math.max(0, text.lastIndexOf('\n') + 1));
  const delimiter = detectDelimiter(text);
  const lineOfRow: number[] = [];
  const blankRows = new Set<number>();
  let lastLine = 0;
  let quotedLineBreaks = false;
  parseDelimited(text, delimiter, (fields, line) => {
    if (lineOfRow.length > 0 && line > lastLine + 1) quotedLineBreaks = true;
    lineOfRow.push(line);
    lastLine = line;
    if (fields.length === 1 && fields[0] === '') blankRows.add(lineOfRow.length);
  });
  const values = importText(text, { locale, timeZone, fileName }).sheets[0].values as unknown[][];
  // A head that stops inside the file may end in a cut row.
  if (!complete && values.length > 1) values.pop();
  return { values, delimiter, lineOfRow, complete, quotedLineBreaks, blankRows, mixedLineEnds: lineEndKinds(text) > 1 };
}

/**
 * How many kinds of line end (CRLF, LF alone, CR alone) end rows of the text;
 * line breaks inside quoted fields are not row ends and are not counted.
 *
 * @example lineEndKinds('a\r\nb\nc\n') // 2
 * @example lineEndKinds('a\r\n"x\ny"\r\n') // 1
 */
export function lineEndKinds(text: string): number {
  let quoted = false;
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) (crlf = 1), i++;
      else cr = 1;
    } else if (c === 10) lf = 1;
  }
  return crlf + lf + cr;
}

function headOf(path: string): { bytes: Uint8Array; complete: boolean } {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(HEAD_BYTES + 1);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return { bytes: buffer.subarray(0, Math.min(read, HEAD_BYTES)), complete: read <= HEAD_BYTES };
  } finally {
    closeSync(fd);
  }
}
