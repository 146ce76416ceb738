import { createServer } from 'node:http';
import { Writable } from 'node:stream';
import { answerUnparsableRequests } from './unparsable-request.js';

/** What the handler writes to a socket Node's parser gave up on, as one string. */
function answerTo(error: NodeJS.ErrnoException): string {
  const server = createServer();
  answerUnparsableRequests(server);
  const chunks: Buffer[] = [];
  const socket = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  server.emit('clientError', error, socket);
  return Buffer.concat(chunks).toString('utf8');
}

const errorWithCode = (code: string) => Object.assign(new Error(code), { code });
const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));

describe('answers to requests the HTTP parser refuses', () => {
  it('answers a request that did not arrive in time with 408 REQUEST_TIMEOUT, in Japanese', () => {
    const answer = answerTo(errorWithCode('ERR_HTTP_REQUEST_TIMEOUT'));
    expect(answer.startsWith('HTTP/1.1 408 Request Timeout\r\n')).toBe(true);
    expect(bodyOf(answer)).toMatchObject({ statusCode: 408, code: 'REQUEST_TIMEOUT', message: expect.stringContaining('もう一度送ってください') });
  });

  it('answers headers too large with 431, and anything else unreadable with 400, never cached or sniffed', () => {
    const tooLarge = answerTo(errorWithCode('HPE_HEADER_OVERFLOW'));
    expect(tooLarge.startsWith('HTTP/1.1 431 Request Header Fields Too Large\r\n')).toBe(true);
    expect(bodyOf(tooLarge).code).toBe('REQUEST_HEADERS_TOO_LARGE');
    const malformed = answerTo(errorWithCode('HPE_INVALID_CHARACTER'));
    expect(bodyOf(malformed)).toMatchObject({ statusCode: 400, code: 'REQUEST_MALFORMED' });
    expect(malformed).toContain('\r\nX-Content-Type-Options: nosniff\r\n');
    expect(malformed).toContain('\r\nCache-Control: no-store\r\n');
    expect(malformed).toMatch(/\r\nX-Request-Id: [0-9a-f-]{36}\r\n/);
  });
});
