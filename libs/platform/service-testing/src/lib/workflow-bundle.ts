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
  for (const stale of existing) rmSync(join(dir, stale), { force: true });
  const { code } = await bundleWorkflows(workflowSourcePath(domain));
  writeFileSync(file, code);
  return file;
}
