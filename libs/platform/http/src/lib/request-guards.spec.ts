import { Controller, Get, type INestApplication, Module, Post } from '@nestjs/common';
import { z } from 'zod';
import { createServiceApp } from './bootstrap';
import { REFUSAL_LISTENER } from './refusal-listener';
import { Returns } from './returns';
import { ValidBody, ValidParam, ValidQuery } from './validation';

// Plain strings on purpose: what a contract forgot is still refused by the HTTP layer.
const noteSchema = z.strictObject({ note: z.string(), on: z.iso.date().optional() });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read answers field by field
const read = (response: Response) => response.json() as Promise<Record<string, any>>;

@Controller('notes')
class NotesController {
  @Get(':key')
  @Returns(z.object({ key: z.string(), q: z.string().optional() }))
  read(
    @ValidParam('key', z.string()) key: string,
    @ValidQuery(z.strictObject({ q: z.string().optional() })) query: { q?: string },
  ) {
    return { key, q: query.q };
  }

  @Post()
  @Returns(noteSchema, 201)
  write(@ValidBody(noteSchema) body: z.infer<typeof noteSchema>) {
    return body;
  }
}

@Module({
  controllers: [NotesController],
  providers: [{ provide: REFUSAL_LISTENER, useValue: { refused: () => Promise.resolve() } }],
})
class NotesModule {}

describe('what the HTTP layer refuses before a handler runs', () => {
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    const config = {
      SERVICE: 'notes',
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      TRUST_PROXY: 'loopback',
      DATE_MIN: '1950-01-01',
      DATE_MAX: '2080-12-31',
    } as unknown as Parameters<typeof createServiceApp>[1];
    app = await createServiceApp(NotesModule, config, { title: 'notes', description: 'test' });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/api/notes`;
  });
  afterAll(() => app.close());

  const post = (body: string, type = 'application/json') =>
    fetch(`${base}/notes`, { method: 'POST', headers: { 'content-type': type }, body });

  it('takes plain text in the body, the query and the path', async () => {
    expect((await post(JSON.stringify({ note: 'line one\nline two', on: '2026-05-01' }))).status).toBe(201);
    const found = await fetch(
      `${base}/notes/${encodeURIComponent('第一支部')}?q=${encodeURIComponent('周 小林')}`,
    );
    expect(await read(found)).toEqual({ key: '第一支部', q: '周 小林' });
  });

  it.each([
    ['a NUL', '"a\\u0000b"'],
    ['a lone surrogate', '"a\\ud800b"'],
    ['an escape character', '"a\\u001bb"'],
  ])('refuses %s in a body field with 400 naming the field', async (_what, value) => {
    const response = await post(`{"note":${value}}`);
    expect(response.status).toBe(400);
    expect(await read(response)).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'note', problem: expect.stringContaining('NUL') }],
    });
  });

  it('refuses a control character in a query or path parameter, naming it', async () => {
    const query = await fetch(`${base}/notes/a?q=x%00y`);
    expect(query.status).toBe(400);
    expect((await read(query)).details).toEqual([{ field: 'q', problem: expect.any(String) }]);
    const path = await fetch(`${base}/notes/a%07b`);
    expect(path.status).toBe(400);
    expect((await read(path)).details).toEqual([{ field: 'key', problem: expect.any(String) }]);
  });

  it('refuses a date outside the configured range with 400 naming the field', async () => {
    const response = await post(JSON.stringify({ note: 'x', on: '1949-12-31' }));
    expect(response.status).toBe(400);
    expect((await read(response)).details).toEqual([
      { field: 'on', problem: 'must be between 1950-01-01 and 2080-12-31' },
    ]);
  });

  it('answers a body that is not JSON with 415', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await post('note=x', type);
      expect(response.status).toBe(415);
      expect(await read(response)).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    }
  });

  it('answers an undeclared method on a known path with 405 and Allow, an unknown path with 404', async () => {
    const remove = await fetch(`${base}/notes/a`, { method: 'DELETE' });
    expect(remove.status).toBe(405);
    expect(remove.headers.get('allow')).toBe('GET, HEAD');
    expect(await read(remove)).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
    const get = await fetch(`${base}/notes`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await fetch(`${base}/nothing`, { method: 'DELETE' })).status).toBe(404);
  });

  it('documents every refusal with the error body', async () => {
    const document = await read(await fetch(`${base}/docs-json`));
    const write = document.paths['/api/notes/notes'].post.responses;
    for (const status of ['400', '401', '403', '404', '409', '413', '415', '422', '423', '429']) {
      expect(write[status].content['application/json'].schema).toEqual({
        $ref: '#/components/schemas/ErrorBody',
      });
    }
    expect(document.paths['/api/notes/notes/{key}'].get.responses['415']).toBeUndefined();
    expect(document.components.schemas.ErrorBody.required).toEqual(['code', 'message']);
  });
});
