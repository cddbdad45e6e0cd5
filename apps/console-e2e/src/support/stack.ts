import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const workspaceRoot = resolve(__dirname, '../../../..');

/** Ports away from `npm start`'s defaults, so a developer's running stack is left alone. */
export const E2E_PORTS = {
  PG_PORT: 15433,
  TEMPORAL_PORT: 17233,
  TEMPORAL_UI_PORT: 18233,
  IDENTITY_PORT: 13001,
  APPROVALS_PORT: 13002,
  RECTIFICATION_PORT: 13003,
  DEVELOPMENT_PORT: 13004,
  CONSOLE_PORT: 14200,
} as const;

export function consoleUrl(): string {
  return process.env['E2E_BASE_URL'] ?? `http://localhost:${E2E_PORTS.CONSOLE_PORT}`;
}

/** Where the run keeps the stack's output, for reading after a failure. */
export const logDir = join(workspaceRoot, 'tmp/console-e2e');

/** What global setup hands to global teardown (same process, so through the environment). */
const STATE = 'BASTION_E2E_STACK';

interface StackState {
  pids: number[];
  dataDir: string;
}

export interface RunningStack {
  processes: ChildProcess[];
  dataDir: string;
}

/**
 * Starts the stack with `npm start`'s script in a fresh data folder: embedded PostgreSQL, the
 * Temporal dev server, the identity service, the demo data and the console's dev server proxying
 * to it. It runs in its own process group so teardown can stop it whole.
 */
export function startStack(): RunningStack {
  const dataDir = mkdtempSync(join(tmpdir(), 'bastion-e2e-'));
  // mkdtemp makes it 0700; run as root, PostgreSQL runs as a `postgres` user who must get in.
  chmodSync(dataDir, 0o755);
  mkdirSync(logDir, { recursive: true });
  const ports = Object.fromEntries(Object.entries(E2E_PORTS).map(([k, v]) => [k, String(v)]));
  const env = { ...process.env, ...ports, BASTION_DATA_DIR: dataDir, NX_DAEMON: 'false', NX_TUI: 'false' };
  // Exactly what `npm start` runs, in a fresh data folder on the ports above.
  const stackProcess = launch('stack', ['tools/ts-node.js', 'tools/dev/start.ts'], env);
  const stack = { processes: [stackProcess], dataDir };
  const state: StackState = { pids: stack.processes.map((p) => p.pid!), dataDir };
  process.env[STATE] = JSON.stringify(state);
  return stack;
}

function launch(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const log = openSync(join(logDir, `${name}.log`), 'w');
  const child = spawn(process.execPath, args, {
    cwd: workspaceRoot,
    env,
    detached: true,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  return child;
}

/** Polls the URL until it answers 2xx; fails early if a stack process dies. */
export async function waitUntilUp(url: string, stack: RunningStack, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dead = stack.processes.find((p) => p.exitCode !== null || p.signalCode !== null);
    if (dead) throw new Error(`A stack process exited early (code ${dead.exitCode}); see ${logDir}.`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s; see ${logDir}.`);
}

/** Stops what startStack started and removes its data folder. */
export async function stopStack(): Promise<void> {
  const raw = process.env[STATE];
  if (!raw) return;
  delete process.env[STATE];
  const state = JSON.parse(raw) as StackState;
  // The script stops what it started, in order (console, services, Temporal, PostgreSQL); only
  // if it does not finish in time does the whole group get killed.
  for (const pid of state.pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
    if (!(await groupGone(pid, 90_000))) {
      signalGroup(pid, 'SIGKILL');
      await groupGone(pid, 10_000);
    }
  }
  rmSync(state.dataDir, { recursive: true, force: true });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

async function groupGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(-pid, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

/** The last lines of a stack log, to explain a failed start. */
export function tailOfLog(name: string, lines = 40): string {
  try {
    return readFileSync(join(logDir, `${name}.log`), 'utf8')
      .split('\n')
      .slice(-lines)
      .join('\n');
  } catch {
    return '';
  }
}
