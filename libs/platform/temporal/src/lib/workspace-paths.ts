import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The monorepo root, found by walking up to `nx.json`; only meaningful when running from source. */
export function workspaceRoot(start = __dirname): string {
  let dir = start;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No nx.json above ${start}: not running inside the workspace.`);
    dir = parent;
  }
  return dir;
}

/** Entry file of a domain's workflow library, for bundling from source in development and tests. */
export function workflowSourcePath(domain: string): string {
  return join(workspaceRoot(), 'libs', domain, 'workflows', 'src', 'workflows.ts');
}
