import type { Principal } from '@bastion/platform-auth';
import type { TestResponse } from './http-client';
import { ADMIN, type PersonKey } from './identity-directory';

/**
 * Bodies every terminate route refuses with 400: no reason, an empty, blank or too short one, one
 * with a control character, one too long, and a field the request does not have.
 */
export const REFUSED_TERMINATION_BODIES: readonly object[] = [
  {},
  { reason: '' },
  { reason: '   ' },
  { reason: 'abc' },
  { reason: '卡住\u0000了很久' },
  { reason: 'x'.repeat(1001) },
  { reason: '足够长的理由', force: true },
];

/** The terminate route of one kind of record, and records to try it on. */
export interface TerminationGuards {
  /** What the record is called in the tests' names: request, case, item. */
  record: string;
  terminate: (who: PersonKey | Principal, id: string, body: unknown) => Promise<TestResponse>;
  /** People who may see a running record but not terminate it. */
  refused: readonly PersonKey[];
  /** How a record stands, as read back after a refusal (its status, and any termination on record). */
  state: (id: string) => Promise<unknown>;
  /** How many terminations the record has on record (its ledger, its entries, its transitions). */
  terminations: (id: string) => Promise<number>;
  /** A step the record's people would take on it were it running. */
  step: (id: string) => Promise<TestResponse>;
  /** A fresh record whose procedure runs (one per test), and how it stands. */
  running: { open: () => Promise<string>; state: unknown };
  /** A record that has ended on its own, and how it stands. */
  ended: { open: () => Promise<string>; state: unknown };
}

/**
 * What every terminate route does, whichever service keeps the record: it terminates a running
 * record once, on record with who, when and the reason given (trimmed); a second call changes
 * nothing, and a step on the record is refused (409 ENDED). It refuses anyone but a system administrator (403), a record that has ended on its own
 * (409 ENDED), a reason that is not plain text (400); a refused call leaves the record as it stood.
 */
export function checkTerminationGuards(guards: TerminationGuards): void {
  it(`terminates a running ${guards.record} once, for the reason given; again changes nothing, and no step is taken`, async () => {
    const id = await guards.running.open();
    const reason = '流程卡住无法继续，由管理员终止';

    const done = await guards.terminate(ADMIN, id, { reason: `  ${reason}  ` });

    expect(done.status).toBe(200);
    const { termination } = done.body as { termination: { at: string } };
    expect(termination).toMatchObject({ by: { userId: ADMIN.userId, name: ADMIN.displayName }, reason });
    expect(Date.parse(termination.at)).not.toBeNaN();
    const again = await guards.terminate(ADMIN, id, { reason: '再次终止，应无变化' });
    expect(again.status).toBe(200);
    expect((again.body as { termination: unknown }).termination).toEqual(termination);
    expect(await guards.terminations(id)).toBe(1);
    const late = await guards.step(id);
    expect([late.status, (late.body as { code?: string }).code]).toEqual([409, 'ENDED']);
  });

  it('is for system administrators only', async () => {
    const id = await guards.running.open();
    for (const who of guards.refused) {
      const refused = await guards.terminate(who, id, { reason: '我想终止这条记录' });
      expect(refused.status).toBe(403);
    }
    expect(await guards.state(id)).toEqual(guards.running.state);
  });

  it(`refuses a ${guards.record} that has ended on its own with 409`, async () => {
    const id = await guards.ended.open();
    expect(await guards.state(id)).toEqual(guards.ended.state);

    const refused = await guards.terminate(ADMIN, id, { reason: '流程已结束仍尝试终止' });

    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'ENDED' });
    expect(await guards.state(id)).toEqual(guards.ended.state);
  });

  it('needs a reason of plain text', async () => {
    const id = await guards.running.open();
    for (const body of REFUSED_TERMINATION_BODIES) {
      expect((await guards.terminate(ADMIN, id, body)).status).toBe(400);
    }
    expect(await guards.state(id)).toEqual(guards.running.state);
  });
}
