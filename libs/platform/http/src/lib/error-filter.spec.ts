import type { ArgumentsHost } from '@nestjs/common';
import { composedText, ruleRefusal, textRef } from '@bastion/messages';
import { NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { DomainError, ForbiddenError, NotFoundError, OutOfScopeError, ValidationError } from './domain-error';
import { ErrorFilter } from './error-filter';
import type { RefusalEvent } from './refusal-listener';

function respond(error: unknown, principal?: { userId: string; username: string }, acceptLanguage?: string) {
  const sent: { status?: number; body?: unknown } = {};
  const refusals: RefusalEvent[] = [];
  const request = {
    method: 'GET',
    path: '/api/x/things/1',
    originalUrl: '/api/x/things/1?q=a',
    ip: '10.0.0.9',
    correlationId: 'corr-123',
    principal,
    headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
  };
  const response = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
    },
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as ArgumentsHost;
  const filter = new ErrorFilter({ refused: async (e) => void refusals.push(e) });
  filter.catch(error, host);
  return new Promise<{ sent: typeof sent; refusals: RefusalEvent[] }>((resolve) =>
    setImmediate(() => resolve({ sent, refusals })),
  );
}

describe('the error filter', () => {
  it('answers a refusal with its code, and its message and fixed field problems in Chinese by default', async () => {
    const { sent } = await respond(new ValidationError([{ field: 'name', problem: 'is required' }]));
    expect(sent).toEqual({
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        message: '提交的内容有误，请检查标出的字段。',
        details: [{ field: 'name', problem: '必填' }],
        correlationId: 'corr-123',
      },
    });
  });

  it('words the message in the language the caller asks for, from the catalogue by code and params', async () => {
    const refusal = new DomainError('ALREADY_DECIDED', 'Li Si decided first.', 409, undefined, {
      params: { by: 'Li Si', at: '10:00' },
    });
    const english = await respond(refusal, undefined, 'en-GB,en;q=0.9');
    expect(english.sent.body).toEqual(
      expect.objectContaining({
        code: 'ALREADY_DECIDED',
        message: 'Already decided by Li Si at 10:00.',
        reason: 'Li Si decided first.',
        params: { by: 'Li Si', at: '10:00' },
      }),
    );
    const chinese = await respond(refusal, undefined, 'zh-CN');
    expect(chinese.sent.body).toEqual(expect.objectContaining({ message: '该环节已由Li Si于10:00处理。' }));
    const unnamed = await respond(
      new ValidationError([{ field: 'name', problem: 'is required' }]),
      undefined,
      'en',
    );
    expect(unnamed.sent.body).toEqual(
      expect.objectContaining({
        message: 'Some fields are not valid; see the marked fields.',
        details: [{ field: 'name', problem: 'is required' }],
      }),
    );
  });

  it('words a rule’s reason, carried by key, in the caller’s language, and keeps the params flat', async () => {
    const rule = ruleRefusal('INVALID', textRef('approvals.refusal.has_task', { name: '李四' }), 'en-US');
    const refusal = new DomainError(rule.code, rule.message, 400, undefined, { params: rule.params });
    const english = await respond(refusal, undefined, 'en-US');
    expect(english.sent.body).toEqual({
      code: 'INVALID',
      message: 'This cannot be done now.',
      reason: '李四 already has a task in this stage.',
      correlationId: 'corr-123',
    });
    const chinese = await respond(refusal);
    expect(chinese.sent.body).toEqual(
      expect.objectContaining({ message: '该操作当前不可进行。', reason: '李四在本环节已有任务。' }),
    );
    const withFigures = new DomainError('BAD_DATE', '日期晚于今天', 422, undefined, {
      params: { date: '2026-01-02', reason: textRef('development.refusal.date_in_future', { date: '2026-01-02', today: '2026-01-01' }) },
    });
    expect((await respond(withFigures, undefined, 'en')).sent.body).toEqual(
      expect.objectContaining({
        reason: 'The date 2026-01-02 is after today (2026-01-01).',
        params: { date: '2026-01-02' },
      }),
    );
  });

  it('names what was not found in the caller’s language, and a record out of scope the same way', async () => {
    expect((await respond(new NotFoundError('person'))).sent).toEqual({
      status: 404,
      body: {
        code: 'NOT_FOUND',
        message: '未找到该记录，或您无权查看。',
        reason: '未找到该人员。',
        correlationId: 'corr-123',
      },
    });
    const english = await respond(new OutOfScopeError('route_template_version'), undefined, 'en-US');
    expect(english.sent.body).toEqual(
      expect.objectContaining({ reason: 'That version of the route template was not found.' }),
    );
    expect(new NotFoundError().message).toBe('The requested record was not found.');
  });

  it('gives a service’s sentence with no key only to a caller of its language, never English to a Chinese caller', async () => {
    const own = new DomainError('ORG_DISSOLVED', 'The parent organisation is dissolved, since 2020.', 409);
    expect((await respond(own, undefined, 'en-US')).sent.body).toEqual(
      expect.objectContaining({
        message: 'The organisation is dissolved.',
        reason: 'The parent organisation is dissolved, since 2020.',
      }),
    );
    expect((await respond(own)).sent.body).toEqual({
      code: 'ORG_DISSOLVED',
      message: '该组织已撤销。',
      correlationId: 'corr-123',
    });
    const rulebook = new DomainError('WRONG_STATE', '该事项已挂牌督办。', 409);
    expect((await respond(rulebook)).sent.body).toEqual(
      expect.objectContaining({ reason: '该事项已挂牌督办。' }),
    );
    expect((await respond(rulebook, undefined, 'en-US')).sent.body).not.toHaveProperty('reason');
    const uncatalogued = new DomainError('SOMETHING_NEW', 'The rows are not valid.', 422);
    expect((await respond(uncatalogued)).sent.body).toEqual(
      expect.objectContaining({ code: 'SOMETHING_NEW', message: '该操作当前不可进行。' }),
    );
    const keyed = new DomainError('ORG_DISSOLVED', composedText('identity.refusal.parent_dissolved'), 409);
    expect(keyed.message).toBe('The parent organisation is dissolved.');
    expect((await respond(keyed)).sent.body).toEqual(expect.objectContaining({ reason: '上级组织已撤销。' }));
  });

  it('answers with the catalogue status of a code, whatever status the thrower gave', async () => {
    const { sent } = await respond(new DomainError('BAD_DATE', 'The date is before the deadline.', 400));
    expect(sent.status).toBe(422);
  });

  it('adds what a refusal carries beside the common fields, without letting it replace them', async () => {
    const problems = [{ index: 2, problem: 'out of order' }];
    const { sent } = await respond(
      new DomainError('SOMETHING_NEW', 'The rows are not valid.', 422, undefined, { problems, code: 'X' }),
      undefined,
      'en-US',
    );
    expect(sent).toEqual({
      status: 422,
      body: {
        problems,
        code: 'SOMETHING_NEW',
        message: 'The rows are not valid.',
        correlationId: 'corr-123',
      },
    });
  });

  it('answers an unexpected error with a bare 500 and no stack', async () => {
    const { sent } = await respond(
      new TypeError('cannot read properties of undefined (reading "x")'),
      undefined,
      'en',
    );
    expect(sent).toEqual({
      status: 500,
      body: { code: 'INTERNAL', message: 'The server failed; try again later.', correlationId: 'corr-123' },
    });
  });

  it('keeps framework 4xx statuses with a code', async () => {
    expect((await respond(new NotFoundException())).sent.body).toEqual(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect((await respond(new PayloadTooLargeException())).sent.status).toBe(413);
  });

  it('treats body-parser errors as client errors', async () => {
    const parseError = Object.assign(new SyntaxError('Unexpected end of JSON'), {
      status: 400,
      expose: true,
    });
    expect((await respond(parseError)).sent).toEqual({
      status: 400,
      body: { code: 'BAD_REQUEST', message: '无法读取提交的内容。', correlationId: 'corr-123' },
    });
  });

  it('reports refusals (forbidden, out of scope) with who and what, but not other errors', async () => {
    const who = { userId: 'u1', username: 'zhang' };
    expect((await respond(new ForbiddenError(), who)).refusals).toEqual([
      expect.objectContaining({ kind: 'forbidden', userId: 'u1', path: '/api/x/things/1', ip: '10.0.0.9' }),
    ]);
    const hidden = await respond(new OutOfScopeError('item'), who);
    expect(hidden.sent.status).toBe(404);
    expect(hidden.refusals).toEqual([expect.objectContaining({ kind: 'out_of_scope', code: 'NOT_FOUND' })]);
    expect((await respond(new ValidationError([]), who)).refusals).toEqual([]);
  });
});
