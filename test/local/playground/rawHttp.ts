import { connect } from 'node:net';

/** An answer read off a raw socket. */
export interface RawAnswer {
  /** 0 when the server closed the connection without an answer. */
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends bytes exactly as given (a bad Host, a raw `//[` target, a huge body…)
 * and reads the answer until the server closes the connection. A server
 * that closes while the body is still being sent (a refused upload) is fine:
 * what it answered before is kept.
 *
 * @param port the playground's port
 * @param head the request line and headers, without the blank line
 * @param body the body, if any
 */
export function rawRequest(port: number, head: string, body: Buffer | string = ''): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer to ${head.split('\r\n')[0]}`));
    }, 15_000);
    const finish = () => {
      clearTimeout(timer);
      resolve(parseAnswer(Buffer.concat(chunks)));
    };
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', finish);
    const connection = /\r\nconnection:/i.test(head) ? '' : '\r\nConnection: close';
    socket.write(`${head}${connection}\r\n\r\n`);
    if (body.length > 0) socket.write(body, () => undefined);
  });
}

function parseAnswer(bytes: Buffer): RawAnswer {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return { status: 0, headers: {}, body: bytes.toString('utf8') };
  const [statusLine, ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const rest = bytes.subarray(end + 4);
  const body = headers['transfer-encoding'] === 'chunked' ? unchunk(rest) : headers['content-length'] ? rest.subarray(0, Number(headers['content-length'])) : rest;
  return { status: Number(statusLine.split(' ')[1]), headers, body: body.toString('utf8') };
}

/** A chunked body put back together (chunk sizes count bytes). */
function unchunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const line = bytes.indexOf('\r\n', at);
    const size = parseInt(bytes.subarray(at, line).toString('latin1'), 16);
    if (!(size > 0)) return Buffer.concat(parts);
    parts.push(bytes.subarray(line + 2, line + 2 + size));
    at = line + 2 + size + 2;
  }
}

/**
 * A POST to the playground as its own page sends it: JSON, its own Origin.
 *
 * @param port the playground's port
 * @param path `/api/run` or `/api/activate`
 * @param body the JSON body
 */
export function ownPagePost(port: number, path: string, body: unknown): Promise<RawAnswer> {
  const text = JSON.stringify(body);
  return rawRequest(
    port,
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}`,
    text,
  );
}

/** The roles in force on the active sheet, one per column, read through the bridge as the sidebar reads them. */
export async function rolesInForce(port: number): Promise<{ sheetId: number; roles: string[] }> {
  const answer = await ownPagePost(port, '/api/run', { name: 'getSheetProfile', args: [] });
  if (answer.status !== 200) throw new Error(`getSheetProfile answered ${answer.status}: ${answer.body}`);
  const profile = (JSON.parse(answer.body) as { value: { sheetId: number; columns: { role: string }[] } }).value;
  return { sheetId: profile.sheetId, roles: profile.columns.map((c) => c.role) };
}
