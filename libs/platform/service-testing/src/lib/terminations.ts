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
  /** A fresh record whose procedure runs (one per test), and how it stands. */
  running: { open: () => Promise<string>; state: unknown };
  /** A record that has ended on its own, and how it stands. */
  ended: { open: () => Promise<string>; state: unknown };
}

/**
 * What every terminate route refuses, whichever service keeps the record: anyone but a system
 * administrator (403), a record that has ended on its own (409 ENDED), a reason that is not plain
 * text (400). A refused call leaves the record as it stood.
 */
export function checkTerminationGuards(guards: TerminationGuards): void {
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
