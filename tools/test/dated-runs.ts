import { spawnSync } from 'node:child_process';
import { shippedChinaHolidayData } from '@bastion/calendar';
import { datedRunDays } from './dated-run-days';

/**
 * Runs the integration suites whose dates follow today once for each of the days in
 * `datedRunDays`, with the one clock set to it (BASTION_TODAY): a suite that passes today but
 * fails on the eve of a long holiday, or in a year without holiday data, fails here.
 */
const SUITES = ['development-server', 'rectification-server', 'approvals-server'];

for (const run of datedRunDays(shippedChinaHolidayData)) {
  console.log(`\n=== Dated run: today is ${run.today} (${run.label}) ===`);
  const result = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'integration', '-p', ...SUITES, '--parallel=1', '--output-style=static'],
    { stdio: 'inherit', env: { ...process.env, BASTION_TODAY: run.today } },
  );
  if (result.status !== 0) {
    console.error(`Dated run on ${run.today} (${run.label}) failed.`);
    process.exit(result.status ?? 1);
  }
}
