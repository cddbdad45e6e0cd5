import { spawn } from 'node:child_process';
import { shippedChinaHolidayData } from '@bastion/calendar';
import { datedRunDays, type DatedRun } from './dated-run-days';

/**
 * Runs the integration suites whose dates follow today once for each of the days in
 * `datedRunDays`, with the one clock set to it (BASTION_TODAY): a suite that passes today but
 * fails on the eve of a long holiday, or in a year without holiday data, fails here.
 *
 * A suite spends much of its time waiting on its own PostgreSQL and Temporal server, so two
 * (day, suite) runs share the machine at a time; each run's output is printed whole when it ends.
 */
const SUITES = ['development-server', 'rectification-server', 'approvals-server'];
const AT_ONCE = Number(process.env['BASTION_DATED_RUNS_AT_ONCE'] ?? 2);

interface Job {
  run: DatedRun;
  suite: string;
}

function runJob({ run, suite }: Job): Promise<boolean> {
  return new Promise((resolve) => {
    const output: Buffer[] = [];
    const child = spawn('npx', ['nx', 'run', `${suite}:integration`, '--output-style=static'], {
      env: { ...process.env, BASTION_TODAY: run.today },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      console.log(`\n=== Dated run: today is ${run.today} (${run.label}), ${suite} ===`);
      process.stdout.write(Buffer.concat(output));
      if (code !== 0) console.error(`Dated run of ${suite} on ${run.today} (${run.label}) failed.`);
      resolve(code === 0);
    });
  });
}

async function main(): Promise<void> {
  const queue: Job[] = datedRunDays(shippedChinaHolidayData).flatMap((run) =>
    SUITES.map((suite) => ({ run, suite })),
  );
  let failed = false;
  const worker = async (): Promise<void> => {
    for (let job = queue.shift(); job && !failed; job = queue.shift()) {
      if (!(await runJob(job))) failed = true;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, AT_ONCE) }, worker));
  process.exit(failed ? 1 : 0);
}

void main();
