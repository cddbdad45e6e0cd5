import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { workflowSourcePath, workspaceRoot } from './workspace-paths';

describe('workspace paths', () => {
  it('find the monorepo root by its nx.json', () => {
    expect(existsSync(join(workspaceRoot(), 'nx.json'))).toBe(true);
    expect(workspaceRoot(join(workspaceRoot(), 'libs', 'platform'))).toBe(workspaceRoot());
  });

  it('say where a domain keeps its workflow source', () => {
    expect(workflowSourcePath('approvals')).toBe(
      join(workspaceRoot(), 'libs/approvals/workflows/src/workflows.ts'),
    );
  });

  it('refuse to guess outside the workspace', () => {
    expect(() => workspaceRoot('/')).toThrow(/No nx.json/);
  });
});
