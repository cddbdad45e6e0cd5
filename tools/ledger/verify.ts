import { DataSource } from 'typeorm';
import { approvalsSchema, verifyRequestLedger } from '@bastion/approvals-server';
import { dataSourceOptions } from '@bastion/platform-persistence';
import { formatVerdict, parseTarget } from './report';

const usage = `usage: npm run ledger:verify -- <requestId | --all>

Checks that a request's approval ledger is intact: every row still matches its hash, every row
links to the one before, sequence numbers run without a gap, and the chain ends where the request
recorded. Reads DATABASE_URL (default: the database of \`npm start\`). Exits 0 when every chain
checked is intact, 1 when one is broken, 2 on a usage error or an unknown request.`;

/** The database `npm start` runs (tools/dev/start.ts), for checking a development installation. */
function developmentDatabase(): string {
  return `postgres://bastion:bastion@127.0.0.1:${process.env['PG_PORT'] ?? 5433}/bastion`;
}

async function main(argv: string[]): Promise<number> {
  const target = parseTarget(argv);
  if (!target) {
    console.error(usage);
    return 2;
  }
  const url = process.env['DATABASE_URL'] ?? developmentDatabase();
  const db = await new DataSource(
    dataSourceOptions(approvalsSchema, { url, poolSize: 2, applicationName: 'ledger-verify' }),
  ).initialize();
  try {
    const ids =
      target.kind === 'all'
        ? (
            (await db.query(`SELECT id FROM approvals.request ORDER BY created_at, id`)) as { id: string }[]
          ).map((r) => r.id)
        : [target.requestId];
    let broken = 0;
    for (const id of ids) {
      const verdict = await verifyRequestLedger(db, id);
      if (!verdict) {
        console.error(`${id}: no such request`);
        return 2;
      }
      console.log(formatVerdict(verdict));
      if (!verdict.intact) broken += 1;
    }
    if (target.kind === 'all') console.log(`${ids.length} checked, ${broken} broken`);
    return broken > 0 ? 1 : 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
