import { Agent, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RawRequest {
  method: string;
  /** Sent as written: `../`, `%2e%2e` and the query reach the server unnormalized. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** Sends the body in pieces without a Content-Length (Transfer-Encoding: chunked). */
  chunked?: boolean;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** Parsed when the answer says it is JSON, otherwise the bytes. */
  body: unknown;
  text: string;
}

/**
 * An HTTP client for requests a well-behaved library would tidy up (supertest normalizes
 * paths and sets its own headers): node's http with the path and headers as given, over one
 * keep-alive agent so thousands of requests do not each open a connection.
 */
export class RawHttpClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 4 });

  private constructor(private readonly port: number) {}

  /** Listens on a free port of the loopback (the test app is initialised, not listening). */
  static async listeningOn(server: Server): Promise<RawHttpClient> {
    if (!server.listening) await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
    return new RawHttpClient((server.address() as AddressInfo).port);
  }

  send(raw: RawRequest): Promise<RawResponse> {
    return new Promise((answered, failed) => {
      const headers = { ...raw.headers, ...(raw.body && !raw.chunked ? { 'content-length': String(raw.body.length) } : {}) };
      const outgoing = httpRequest({ host: '127.0.0.1', port: this.port, agent: this.agent, method: raw.method, path: raw.path, headers }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', failed);
        incoming.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const json = (incoming.headers['content-type'] ?? '').includes('json');
          answered({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: json && text ? parseJson(text) : text, text });
        });
      });
      outgoing.on('error', failed);
      if (raw.chunked && raw.body) {
        for (let offset = 0; offset < raw.body.length; offset += 16_384) outgoing.write(raw.body.subarray(offset, offset + 16_384));
        outgoing.end();
      } else {
        outgoing.end(raw.body);
      }
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
