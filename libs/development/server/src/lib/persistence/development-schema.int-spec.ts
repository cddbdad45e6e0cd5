import type { CaseRecord } from '@bastion/development-contracts';
import { describeServiceSchema } from '@bastion/platform-service-testing';
import { CaseWriter } from '../activities/case-writer';
import { openedCase, testId } from '../../testing/opened-case';
import { developmentSchema } from './development-schema';

describeServiceSchema(developmentSchema, 'development_schema', (db) => {
  it('keeps the newest record of a case, each entry once and the clocks of the newest', async () => {
    const opened = openedCase('2026-03-02', '2026-03-05');
    expect(opened.clocks.map((c) => c.key)).toContain('talk');
    const talked: CaseRecord = {
      ...opened,
      version: 2,
      dates: { ...opened.dates, talk: '2026-03-04' },
      clocks: [],
      entries: [
        ...opened.entries,
        { ...opened.entries[0]!, seq: 2, kind: 'talk', step: 2, date: '2026-03-04' },
      ],
    };
    const writer = new CaseWriter(db());
    await writer.persist(opened);
    await Promise.all([writer.persist(talked), writer.persist(talked)]);
    await writer.persist(opened);

    const [row] = await db().query(
      `SELECT number, version, status, due_sort::text, next_due, record -> 'entries' AS entries FROM development."case" WHERE id = $1`,
      [testId(1)],
    );
    expect(row).toEqual({
      number: expect.stringMatching(/^FZ2026-\d{6}$/),
      version: 2,
      status: 'applicant',
      due_sort: '9999-12-31',
      next_due: null,
      entries: [],
    });
    const entries = await db().query(
      `SELECT seq, kind FROM development.case_entry WHERE case_id = $1 ORDER BY seq`,
      [testId(1)],
    );
    expect(entries).toEqual([
      { seq: 1, kind: 'opened' },
      { seq: 2, kind: 'talk' },
    ]);
    // The older record came last, but the newer one's (empty) clocks stand.
    expect(
      await db().query(`SELECT key FROM development.case_clock WHERE case_id = $1`, [testId(1)]),
    ).toEqual([]);
  });
});
