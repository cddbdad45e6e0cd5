import type { DataSource } from 'typeorm';
import { chinaHolidayCalendar } from '@bastion/calendar';
import { type CaseRecord, caseInputSchema, nationalRuleSet } from '@bastion/development-contracts';
import { openCaseRecord } from '@bastion/development-rules';
import { migrateWithLock } from '@bastion/platform-persistence';
import {
  migratedSchema,
  objectsLeftIn,
  pendingSchemaChanges,
  revertAllMigrations,
} from '@bastion/platform-service-testing';
import { CaseWriter } from '../activities/case-writer';
import { developmentSchema } from './development-schema';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

describe('the development schema', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await migratedSchema(developmentSchema, 'development_schema');
  });
  afterAll(() => db.destroy());

  it('is exactly what the entities describe once the migrations have run', async () => {
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });

  it('keeps the newest record of a case, each entry once and the clocks of the newest', async () => {
    const input = caseInputSchema.parse({
      caseId: id(1),
      person: { personId: id(1), name: '周小林', gender: 'female', birthDate: '1998-05-04' },
      org: { id: id(3), name: '甲林场党支部', idPath: `/${id(2)}/${id(3)}/` },
      approvingCommittee: { id: id(2), name: '测试林业局党委' },
      ruleSets: [nationalRuleSet()],
      openedBy: { personId: id(5), name: '王甲书' },
      application: { date: '2026-03-02' },
    });
    const ctx = {
      today: '2026-03-05',
      now: '2026-03-05T01:00:00.000Z',
      calendar: chinaHolidayCalendar,
      ruleSets: [nationalRuleSet()],
    };
    const opened = { ...openCaseRecord(input, ctx).record, version: 1 };
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
    const writer = new CaseWriter(db);
    await writer.persist(opened);
    await Promise.all([writer.persist(talked), writer.persist(talked)]);
    await writer.persist(opened);

    const [row] = await db.query(
      `SELECT number, version, status, due_sort::text, next_due, record -> 'entries' AS entries FROM development."case" WHERE id = $1`,
      [id(1)],
    );
    expect(row).toEqual({
      number: expect.stringMatching(/^FZ2026-\d{6}$/),
      version: 2,
      status: 'applicant',
      due_sort: '9999-12-31',
      next_due: null,
      entries: [],
    });
    const entries = await db.query(
      `SELECT seq, kind FROM development.case_entry WHERE case_id = $1 ORDER BY seq`,
      [id(1)],
    );
    expect(entries).toEqual([
      { seq: 1, kind: 'opened' },
      { seq: 2, kind: 'talk' },
    ]);
    // The older record came last, but the newer one's (empty) clocks stand.
    expect(await db.query(`SELECT key FROM development.case_clock WHERE case_id = $1`, [id(1)])).toEqual([]);
  });

  it('can be migrated all the way down and up again', async () => {
    await revertAllMigrations(db, developmentSchema.schema);
    expect(await objectsLeftIn(db, developmentSchema.schema)).toEqual([]);
    await migrateWithLock(db, developmentSchema.schema);
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });
});
