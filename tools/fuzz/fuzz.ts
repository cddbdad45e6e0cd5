import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_PASSWORD } from '../seed/forest-group';
import { type FuzzFigures, readFuzzReport } from './fuzz-report';
import { FuzzStack } from './fuzz-stack';

/**
 * Who the fuzzer is. The administrator reaches every route: boundary values and undeclared
 * methods for each (the coverage phase), then generated requests. The branch secretary sees the
 * scoped answers; generated requests only, to keep the step within its time.
 */
const USERS = [
  { username: 'admin', phases: 'examples,coverage,fuzzing' },
  { username: 'branch1.secretary', phases: 'examples,fuzzing' },
];
const SERVICES = ['identity', 'approvals', 'rectification', 'development'];

/** Routes that would end the fuzzer's own session or lock its account half-way through. */
const EXCLUDED_PATHS = '^/api/identity/(auth/logout|me/password)$';

/**
 * What must hold for any input: no 5xx, every answer as the OpenAPI document says (status,
 * content type, body schema), and a 405 with `Allow` for an undeclared method.
 */
const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'unsupported_method',
];

const MAX_EXAMPLES = Number(process.env['FUZZ_MAX_EXAMPLES'] ?? 6);
const SEED = process.env['FUZZ_SEED'] ?? '20261207';

/**
 * The fuzz step of the test suite: schemathesis against every service's OpenAPI document on a
 * throwaway stack, authenticated, with a bounded number of examples per operation and the
 * stateful phase off. Prints the requests sent and the 5xx answered per service; exits non-zero
 * on any 5xx or check failure.
 */
async function main(): Promise<void> {
  const started = Date.now();
  // FUZZ_REPORTS=<folder> keeps schemathesis' ndjson reports there (to replay or study a failure).
  const kept = process.env['FUZZ_REPORTS'];
  const work = kept ? resolve(kept) : mkdtempSync(join(tmpdir(), 'bastion-fuzz-reports-'));
  mkdirSync(work, { recursive: true });
  const stack = await FuzzStack.start();
  const results: { service: string; user: string; figures: FuzzFigures; exitCode: number }[] = [];
  try {
    // Signed in before any fuzzing, which sends logins of its own and meets the rate limit.
    const tokens = new Map<string, string>();
    for (const { username } of USERS) tokens.set(username, await stack.login(username, DEMO_PASSWORD));
    console.log(
      `Stack ready in ${seconds(started)} s; fuzzing ${SERVICES.join(', ')} as ${USERS.map((u) => u.username).join(', ')}.`,
    );
    for (const service of SERVICES) {
      for (const { username: user, phases } of USERS) {
        const report = join(work, `${service}-${user}.ndjson`);
        const origin = stack.origins[service]!;
        const exitCode = await schemathesis(origin, service, tokens.get(user)!, phases, report, work);
        results.push({ service, user, exitCode, figures: readFuzzReport(readFileSync(report, 'utf8')) });
      }
    }
  } finally {
    await stack.stop();
    if (!kept) rmSync(work, { recursive: true, force: true });
  }
  console.log(`\nFuzzing figures (${MAX_EXAMPLES} examples per operation and phase, seed ${SEED}):`);
  let failed = false;
  for (const service of SERVICES) {
    const runs = results.filter((r) => r.service === service);
    const requests = runs.reduce((n, r) => n + r.figures.requests, 0);
    const serverErrors = runs.reduce((n, r) => n + r.figures.serverErrors, 0);
    console.log(`  ${service.padEnd(14)} ${String(requests).padStart(6)} requests  ${serverErrors} × 5xx`);
    for (const run of runs) {
      for (const failure of run.figures.failures) console.log(`    ✗ as ${run.user}: ${failure}`);
      failed ||= run.exitCode !== 0 || run.figures.failures.length > 0 || run.figures.serverErrors > 0;
    }
  }
  console.log(`Fuzzing took ${seconds(started)} s.`);
  if (failed) {
    console.error('Fuzzing found failures (see above).');
    process.exit(1);
  }
}

function schemathesis(
  origin: string,
  service: string,
  token: string,
  phases: string,
  report: string,
  cwd: string,
): Promise<number> {
  const args = [
    `--config-file=${join(__dirname, 'schemathesis.toml')}`,
    'run',
    `${origin}/api/${service}/docs-json`,
    `--url=${origin}`,
    `--header=Authorization: Bearer ${token}`,
    `--phases=${phases}`,
    `--max-examples=${MAX_EXAMPLES}`,
    `--checks=${CHECKS.join(',')}`,
    `--exclude-path-regex=${EXCLUDED_PATHS}`,
    `--seed=${SEED}`,
    '--generation-database=none',
    '--no-shrink',
    // Hypothesis' health checks judge how fast data is generated, not the API, and a loaded CI
    // machine trips them.
    '--suppress-health-check=all',
    // One worker: the same seed then sends the same requests in the same order on every run.
    '--workers=1',
    '--request-timeout=30',
    '--report=ndjson',
    `--report-ndjson-path=${report}`,
    '--no-color',
    '--warnings=off',
    '--output-truncate=true',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('schemathesis', args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) =>
      reject(new Error(`schemathesis could not run (python3 -m pip install schemathesis): ${error.message}`)),
    );
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

function seconds(since: number): number {
  return Math.round((Date.now() - since) / 1000);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
