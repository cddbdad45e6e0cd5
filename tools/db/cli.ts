import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrateWithLock } from '@bastion/platform-persistence';
import { startEmbeddedPostgres } from '@bastion/platform-testing/servers';
import { migrationIndexSource, migrationSource, pascal } from './migration-file';
import { serviceSchemas } from './service-schemas';

const usage = `usage: npm run db -- <run|revert|show|generate> <service> [MigrationName]
  run       apply pending migrations to DATABASE_URL
  revert    undo the last applied migration on DATABASE_URL
  show      list applied and pending migrations on DATABASE_URL
  generate  diff the entities against the migrations on a throwaway database and write a new migration`;

async function main(): Promise<void> {
  const [command, service, name] = process.argv.slice(2);
  const target = service ? serviceSchemas[service] : undefined;
  if (!command || !target) throw new Error(usage);
  const root = join(__dirname, '..', '..');

  if (command === 'generate') {
    if (!name || !/^[A-Za-z][\w-]*$/.test(name)) throw new Error(usage);
    const postgres = await startEmbeddedPostgres({ fast: true });
    try {
      const ds = await new DataSource(
        dataSourceOptions(target.schema, { url: postgres.urlFor('postgres') }),
      ).initialize();
      await migrateWithLock(ds, target.schema.schema);
      const sql = await ds.driver.createSchemaBuilder().log();
      await ds.destroy();
      if (sql.upQueries.length === 0) {
        console.log(`${service}: the entities match the migrations; nothing to generate.`);
        return;
      }
      const stamp = Date.now();
      const file = `${stamp}-${name}.ts`;
      const dir = join(root, target.migrationsDir);
      const up = sql.upQueries.map((q) => q.query);
      const down = sql.downQueries.map((q) => q.query).reverse();
      writeFileSync(join(dir, file), migrationSource(`${pascal(name)}${stamp}`, up, down));
      writeFileSync(join(dir, 'index.ts'), migrationIndexSource(target.exportName, readdirSync(dir)));
      console.log(`${service}: wrote ${join(target.migrationsDir, file)} (${up.length} statements)`);
    } finally {
      await postgres.stop();
    }
    return;
  }

  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is required for run, revert and show.');
  const ds = await new DataSource(dataSourceOptions(target.schema, { url })).initialize();
  try {
    if (command === 'run') {
      const applied = await migrateWithLock(ds, target.schema.schema);
      console.log(applied.length ? `applied: ${applied.join(', ')}` : 'nothing to apply');
    } else if (command === 'revert') {
      await ds.undoLastMigration({ transaction: 'each' });
      console.log('reverted the last migration');
    } else if (command === 'show') {
      const pending = await ds.showMigrations();
      console.log(pending ? 'there are pending migrations' : 'up to date');
    } else {
      throw new Error(usage);
    }
  } finally {
    await ds.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
