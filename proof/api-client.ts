/** One answer of the API, or the reason there was none (connection refused or cut, timeout). */
export interface Answer {
  status: number;
  body: any;
  ms: number;
}

export class NoAnswer extends Error {}

const TIMEOUT_MS = 30_000;

/** A thin HTTP client of the API: JSON in and out, bearer tokens, multipart uploads. */
export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async login(tenant: string, email: string, password: string): Promise<string> {
    const answer = await this.send('POST', '/auth/login', undefined, { tenant, email, password });
    if (answer.status !== 200) throw new Error(`login of ${email}@${tenant}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.accessToken as string;
  }

  /** Throws NoAnswer when nothing came back; any HTTP status is an answer. */
  async send(method: string, path: string, token?: string, body?: object, headers: Record<string, string> = {}): Promise<Answer> {
    const init: RequestInit = { method, headers: { ...headers }, signal: AbortSignal.timeout(TIMEOUT_MS) };
    if (token) (init.headers as Record<string, string>).authorization = `Bearer ${token}`;
    if (body !== undefined) {
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return this.exchange(path, init);
  }

  async upload(path: string, token: string, fields: Record<string, string>, file: { name: string; type: string; content: Buffer }): Promise<Answer> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([file.content], { type: file.type }), file.name);
    return this.exchange(path, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form, signal: AbortSignal.timeout(TIMEOUT_MS) });
  }

  private async exchange(path: string, init: RequestInit): Promise<Answer> {
    const startedAt = performance.now();
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.baseUrl}${path}`, init);
      text = await response.text();
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      throw new NoAnswer(`${init.method} ${path}: no answer (${cause})`);
    }
    let body: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text);
    return { status: response.status, body, ms: performance.now() - startedAt };
  }
}
