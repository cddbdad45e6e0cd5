import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflows, workflowSourcePath, workspaceRoot } from '@bastion/platform-temporal';

/**
 * A domain's workflows bundled once per test process (bundling takes seconds) and loaded by every
 * app the process boots, the way production loads WORKFLOW_BUNDLE_PATH. Bundles of processes that
 * have ended are removed.
 */
export async function testWorkflowBundle(domain: string): Promise<string> {
  const dir = join(workspaceRoot(), 'tmp', 'test-workflow-bundles', domain);
  const name = `workflow-bundle-${process.pid}.js`;
  const file = join(dir, name);
  mkdirSync(dir, { recursive: true });
  const existing = readdirSync(dir);
  if (existing.includes(name)) return file;
  for (const other of existing) if (!isRunning(pidOf(other))) rmSync(join(dir, other), { force: true });
  const { code } = await bundleWorkflows(workflowSourcePath(domain));
  writeFileSync(file, code);
  return file;
}

type Bundle = { code: string };
const besideTheEngine = new Map<string, Promise<[own: Bundle, approvals: Bundle]>>();

/**
 * A procedure's workflows (`workflowsPath`) and the sign-off engine's, bundled once per test file,
 * for `startBesideTheEngine` (`@bastion/platform-testing`).
 */
export function bundlesBesideTheEngine(workflowsPath: string): Promise<[own: Bundle, approvals: Bundle]> {
  let bundles = besideTheEngine.get(workflowsPath);
  if (!bundles) {
    bundles = Promise.all([bundleWorkflows(workflowsPath), bundleWorkflows(workflowSourcePath('approvals'))]);
    besideTheEngine.set(workflowsPath, bundles);
  }
  return bundles;
}

function pidOf(file: string): number {
  return Number(/^workflow-bundle-(\d+)\.js$/.exec(file)?.[1] ?? 0);
}

/** Whether a process of that id still runs; a bundle of a live test process must not vanish under it. */
function isRunning(pid: number): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
