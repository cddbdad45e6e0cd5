import {
  Column,
  DataSource,
  Entity,
  type MigrationInterface,
  PrimaryColumn,
  type QueryRunner,
} from 'typeorm';
import { freshDatabase } from '@bastion/platform-testing';
import { dataSourceOptions, openMigratedDataSource } from './data-source';
import { keysetPage } from './keyset';

@Entity({ name: 'thing' })
class Thing {
  @PrimaryColumn('int') id!: number;
  @Column('text') name!: string;
}

class CreateThing1700000000000 implements MigrationInterface {
  name = 'CreateThing1700000000000';
  async up(q: QueryRunner) {
    await q.query(`CREATE TABLE "demo"."thing" ("id" int PRIMARY KEY, "name" text NOT NULL)`);
  }
  async down(q: QueryRunner) {
    await q.query(`DROP TABLE "demo"."thing"`);
  }
}

const service = { schema: 'demo', entities: [Thing], migrations: [CreateThing1700000000000] };

describe('service data source', () => {
  let url: string;
  const open: DataSource[] = [];

  beforeAll(async () => {
    url = await freshDatabase('persistence');
  });
  afterAll(() => Promise.all(open.map((d) => d.destroy())));

  it('creates its schema and runs each migration once, even when two replicas start together', async () => {
    const [a, b] = await Promise.all([
      openMigratedDataSource(dataSourceOptions(service, { url })),
      openMigratedDataSource(dataSourceOptions(service, { url })),
    ]);
    open.push(a, b);
    const rows = await a.query(`SELECT name FROM "demo"."migrations"`);
    expect(rows).toEqual([{ name: 'CreateThing1700000000000' }]);
  });

  it('pages by keyset with a stable total', async () => {
    const ds = open[0]!;
    const repo = ds.getRepository(Thing);
    await repo.insert(Array.from({ length: 45 }, (_, i) => ({ id: i + 1, name: `n${String(i % 7)}` })));
    const query = () => repo.createQueryBuilder('t').where('t.id > :min', { min: 5 });
    const order = {
      columns: ['t.name', 't.id'],
      direction: 'asc' as const,
      keyOf: (t: Thing) => [t.name, t.id],
    };
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await keysetPage(query(), order, { limit: 10, cursor });
      expect(page.total).toBe(40);
      seen.push(...page.items.map((t) => t.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(40);
    expect(new Set(seen).size).toBe(40);
    const all = await query().orderBy('t.name').addOrderBy('t.id').getMany();
    expect(seen).toEqual(all.map((t) => t.id));
  });

  it('reverts migrations', async () => {
    const ds = open[0]!;
    await ds.undoLastMigration();
    const tables = await ds.query(`SELECT to_regclass('demo.thing') AS t`);
    expect(tables[0].t).toBeNull();
  });
});
