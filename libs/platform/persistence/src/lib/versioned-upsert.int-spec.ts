import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { freshDatabase } from '@bastion/platform-testing';
import {
  insertRowsOnce,
  nextSerials,
  rewrittenColumns,
  updateIfNewer,
  upsertVersioned,
  type VersionedOutcome,
} from './versioned-upsert';

/*
 * A read model as the workflows' writers keep one: a row with a version and a status, rows that
 * belong to one version (rewritten with it) and rows appended once each by their key.
 */
const TABLE = 'demo.record';

interface Written {
  id: string;
  version: number;
  status: string;
  name: string;
  /** What belongs to this version alone. */
  tags: string[];
  /** Appended once each by seq. */
  events: number[];
}

describe('versioned upsert of a read-model row', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = new DataSource({ type: 'postgres', url: await freshDatabase('versioned_upsert') });
    await db.initialize();
    await db.query(`CREATE SCHEMA demo`);
    await db.query(
      `CREATE TABLE demo.record (id uuid PRIMARY KEY, version int NOT NULL, status text NOT NULL, name text NOT NULL)`,
    );
    await db.query(`CREATE TABLE demo.tag (record_id uuid NOT NULL, tag text NOT NULL)`);
    await db.query(
      `CREATE TABLE demo.event (record_id uuid NOT NULL, seq int NOT NULL, PRIMARY KEY (record_id, seq))`,
    );
  });
  afterAll(() => db.destroy());

  /** The writer every service has, on the one function. */
  function write(record: Written): Promise<VersionedOutcome> {
    const row = { id: record.id, version: record.version, status: record.status, name: record.name };
    const rewritten = rewrittenColumns(['id', 'version', 'status', 'name'] as const, ['id']);
    return db.transaction((tx) =>
      upsertVersioned(tx, {
        table: TABLE,
        id: record.id,
        version: record.version,
        insert: async () => (await insertRowsOnce(tx, TABLE, [row])) > 0,
        update: () => updateIfNewer(tx, TABLE, rewritten, row),
        replace: async () => {
          await tx.query(`DELETE FROM demo.tag WHERE record_id = $1`, [record.id]);
          for (const tag of record.tags)
            await tx.query(`INSERT INTO demo.tag VALUES ($1, $2)`, [record.id, tag]);
        },
        append: async () => {
          for (const seq of record.events)
            await tx.query(`INSERT INTO demo.event VALUES ($1, $2) ON CONFLICT DO NOTHING`, [record.id, seq]);
        },
      }),
    );
  }

  /** The record as the tables hold it now. */
  async function stored(id: string): Promise<Written> {
    const [row] = (await db.query(`SELECT version, status, name FROM demo.record WHERE id = $1`, [id])) as {
      version: number;
      status: string;
      name: string;
    }[];
    const tags = (await db.query(`SELECT tag FROM demo.tag WHERE record_id = $1 ORDER BY tag`, [id])) as {
      tag: string;
    }[];
    const events = (await db.query(`SELECT seq FROM demo.event WHERE record_id = $1 ORDER BY seq`, [id])) as {
      seq: number;
    }[];
    return { id, ...row!, tags: tags.map((t) => t.tag), events: events.map((e) => e.seq) };
  }

  it('inserts the first version, then replaces the row only with a newer one', async () => {
    const id = randomUUID();
    const first: Written = { id, version: 1, status: 'open', name: 'first', tags: ['a'], events: [1] };
    expect(await write(first)).toBe('inserted');
    expect(await stored(id)).toEqual(first);

    const third: Written = {
      id,
      version: 3,
      status: 'open',
      name: 'third',
      tags: ['b', 'c'],
      events: [1, 2, 3],
    };
    expect(await write(third)).toBe('updated');
    expect(await stored(id)).toEqual(third);
  });

  it('changes nothing with a retried or older version, but still appends what is keyed once', async () => {
    const id = randomUUID();
    const third: Written = { id, version: 3, status: 'open', name: 'third', tags: ['c'], events: [1, 3] };
    await write(third);

    expect(await write({ ...third, name: 'third again', tags: ['x'] })).toBe('stale');
    // A write that arrives late: its row and tags lose to the newer version, its keyed rows are kept.
    expect(await write({ ...third, version: 2, name: 'second', tags: ['b'], events: [1, 2] })).toBe('stale');
    expect(await stored(id)).toEqual({ ...third, events: [1, 2, 3] });
  });

  it('leaves a terminated row, and everything under it, as it is', async () => {
    const id = randomUUID();
    const first: Written = { id, version: 1, status: 'open', name: 'first', tags: ['a'], events: [1] };
    await write(first);
    await db.query(`UPDATE demo.record SET status = 'terminated' WHERE id = $1`, [id]);

    expect(await write({ ...first, version: 2, name: 'second', tags: ['b'], events: [1, 2] })).toBe(
      'terminated',
    );
    expect(await stored(id)).toEqual({ ...first, status: 'terminated' });
  });

  it('lets two first writes of one row race: one inserts, the other replaces it only if newer', async () => {
    const id = randomUUID();
    const outcomes = await Promise.all([
      write({ id, version: 1, status: 'open', name: 'one', tags: ['a'], events: [1] }),
      write({ id, version: 2, status: 'open', name: 'two', tags: ['b'], events: [1, 2] }),
    ]);
    expect(outcomes).toContain('inserted');
    expect((await stored(id)).version).toBe(2);
    expect((await stored(id)).name).toBe('two');
    expect((await stored(id)).events).toEqual([1, 2]);
  });

  it('draws new records their numbers from a sequence, in order, one or many at a time', async () => {
    await db.query(`CREATE SEQUENCE demo.record_number_seq`);
    expect(await nextSerials(db, 'demo.record_number_seq')).toEqual([1]);
    expect(await nextSerials(db, 'demo.record_number_seq', 3)).toEqual([2, 3, 4]);
  });
});
