import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { text } from '#libs/errors';
import { errorAnswer } from './error-answer.js';
import { RequestErrorCode, RequestException } from './request.exception.js';

const REASONS: Readonly<Record<number, string>> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/**
 * Requests Node's HTTP parser refuses before any route sees them (raw Japanese in an address,
 * `/cases?program=協働支援` typed unencoded; headers too large) are answered with the API's error
 * body and a request id, in Japanese (nothing was parsed to ask for English), never a bare 400.
 */
export function answerUnparsableRequests(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const exception = refusalOf(error);
    const requestId = randomUUID();
    const { status, body } = errorAnswer(exception, 'ja', requestId);
    const json = JSON.stringify(body);
    socket.end(
      [
        `HTTP/1.1 ${status} ${REASONS[status] ?? 'Bad Request'}`,
        'Content-Type: application/json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(json)}`,
        `X-Request-Id: ${requestId}`,
        // What helmet and the error filter set on every other answer: no sniffing, no caching.
        'X-Content-Type-Options: nosniff',
        'Cache-Control: no-store',
        'Connection: close',
        '',
        json,
      ].join('\r\n'),
    );
  });
}

function refusalOf(error: NodeJS.ErrnoException): RequestException {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return new RequestException(RequestErrorCode.HeadersTooLarge, text('送られたヘッダーが大きすぎます。', 'the request headers are too large'));
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new RequestException(
        RequestErrorCode.Timeout,
        text('要求が時間内に届き終わりませんでした。通信の状態を確かめて、もう一度送ってください。', 'the request did not arrive in time: send it again'),
      );
    default:
      return new RequestException(
        RequestErrorCode.Malformed,
        text(
          'アドレス（URL）に使えない文字が含まれています。日本語などはエンコードしてから送ってください（encodeURIComponent）。',
          'the request could not be read: characters outside ASCII in the address must be percent-encoded (encodeURIComponent)',
        ),
      );
  }
}
