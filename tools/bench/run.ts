import { cpus } from 'node:os';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { approvalsBenchmark } from './approvals.bench';
import { developmentBenchmark } from './development.bench';
import { identityBenchmark } from './identity.bench';
import { rectificationBenchmark } from './rectification.bench';

/** `npm run bench`: every benchmark in turn, printing its figures; `npm run bench -- <name>` runs one. */
async function main(): Promise<void> {
  const only = process.argv[2];
  const wanted = (name: string) => !only || only === name;
  // The benchmark's own baseline worker runs in this process: only its warnings belong in the report.
  Runtime.install({ logger: new DefaultLogger('WARN') });
  console.log(
    `Bastion benchmarks — ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString()}\n`,
  );
  if (wanted('identity')) {
    console.log('identity service (demo forest group):');
    for (const line of await identityBenchmark()) console.log(`  ${line}`);
  }
  if (wanted('approvals')) {
    console.log('\napprovals service (sign-off engine):');
    await approvalsBenchmark((line) => console.log(`  ${line}`));
  }
  if (wanted('rectification')) {
    console.log('\nrectification service (问题整改闭环):');
    await rectificationBenchmark((line) => console.log(`  ${line}`));
  }
  if (wanted('development')) {
    console.log('\nmember development service (发展党员):');
    await developmentBenchmark((line) => console.log(`  ${line}`));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
