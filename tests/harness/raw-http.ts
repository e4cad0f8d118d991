import net from 'node:net';

/** The status and body text of an answer. */
export interface HttpAnswer {
  /** null when the server closed the connection without answering. */
  status: number | null;
  text: string;
}

/** The answer in `raw`, once its head and its Content-Length bytes of body have arrived. */
const completeResponse = (raw: Buffer): HttpAnswer | undefined => {
  const headEnd = raw.indexOf('\r\n\r\n');
  if (headEnd < 0) return undefined;
  const head = raw.subarray(0, headEnd).toString('latin1');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(head);
  if (!status) return undefined;
  const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
  const body = raw.subarray(headEnd + 4);
  if (body.length < length) return undefined;
  return { status: Number(status[1]), text: body.subarray(0, length).toString('utf8') };
};

/**
 * Writes `request` byte for byte to a fresh connection and reads one answer (Content-Length framed,
 * as Strapi and Node send them), or until the server closes or `timeoutMs` passes: for requests an
 * HTTP client refuses to send (a Content-Length that lies, a header twice, conflicting framing).
 * `halfClose` ends the client's side after writing, as a sender that gives up mid-body does.
 */
export const rawHttpExchange = (
  url: string,
  request: Buffer | string,
  { timeoutMs = 5_000, halfClose = false }: { timeoutMs?: number; halfClose?: boolean } = {},
): Promise<HttpAnswer> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const socket = net.connect({ host: hostname, port: Number(port), allowHalfOpen: true });
    let received = Buffer.alloc(0);
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(completeResponse(received) ?? { status: null, text: received.toString('latin1') });
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (completeResponse(received)) finish();
    });
    socket.on('end', finish);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A reset after the server refused the request still leaves its answer in `received`.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') finish();
      else reject(error);
    });
    socket.write(request, () => {
      if (halfClose) socket.end();
    });
  });
