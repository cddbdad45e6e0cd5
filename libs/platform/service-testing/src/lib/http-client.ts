/* eslint-disable @typescript-eslint/no-explicit-any -- tests check response bodies field by field; typing each one adds nothing */
/** A thin fetch wrapper for tests: JSON in, status and JSON out, with a bearer token. */
export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export class TestClient {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
    /** Where the service takes uploads (`/attachments`, `/files`). */
    private readonly uploadPath?: string,
    /** The caller's `Accept-Language`; none (the services answer in Chinese) by default. */
    private readonly language?: string,
  ) {}

  /** The same service as someone else (or nobody, without a token). */
  as(token: string | undefined): TestClient {
    return new TestClient(this.baseUrl, token, this.uploadPath, this.language);
  }

  /** The same caller, asking for answers in `language` (`en-US`). */
  inLanguage(language: string): TestClient {
    return new TestClient(this.baseUrl, this.token, this.uploadPath, language);
  }

  /** `raw` sends a body exactly as given (malformed JSON, for instance) instead of `body` as JSON. */
  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    raw?: string,
  ): Promise<TestResponse<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {}),
        ...this.auth(),
      },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    return read<T>(response);
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }

  /** Uploads one file as the multipart field `file` (or `field`), to the service's upload path or `path`. */
  async upload<T = any>(
    name: string,
    type: string,
    content: Buffer | string,
    field = 'file',
    path = this.uploadPath,
  ) {
    if (!path) throw new Error('This client was made without an upload path.');
    const form = new FormData();
    form.append(field, new Blob([content], { type }), name);
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: this.auth(),
      body: form,
    });
    return read<T>(response);
  }

  /** Sends `body` exactly as given, declared as `contentType` (a body of the wrong type, say). */
  async send<T = any>(method: string, path: string, contentType: string, body: string) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { 'content-type': contentType, ...this.auth() },
      body,
    });
    return read<T>(response);
  }

  /** A response body as bytes (downloads). */
  async download(path: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: this.auth() });
    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }

  private auth(): Record<string, string> {
    return {
      ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      ...(this.language ? { 'accept-language': this.language } : {}),
    };
  }
}

async function read<T>(response: Response): Promise<TestResponse<T>> {
  const text = await response.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, body: body as T, headers: response.headers };
}
