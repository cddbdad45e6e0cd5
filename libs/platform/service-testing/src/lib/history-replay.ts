import { join } from 'node:path';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { resolveWorkspaceAliases } from '@bastion/platform-temporal';
import { recordedHistories } from '@bastion/platform-testing';

/**
 * The replay check every workflows library keeps: each history recorded in its
 * `src/history-fixtures/` replays against the current code of its `src/workflows.ts`, so a change
 * in what a running workflow does that is not behind `patched()` fails here, not in production.
 * `enough` names, by the start of their names, the histories the library must have recorded.
 */
export function checkRecordedHistoriesReplay(
  sourceDir: string,
  enough: readonly { namedFrom: string; atLeast: number }[],
): void {
  const histories = recordedHistories(join(sourceDir, 'history-fixtures'));
  let bundle: { code: string };

  beforeAll(async () => {
    bundle = await bundleWorkflowCode({
      workflowsPath: join(sourceDir, 'workflows.ts'),
      webpackConfigHook: resolveWorkspaceAliases,
    });
  });

  it.each(enough.map(({ namedFrom, atLeast }) => [atLeast, namedFrom] as const))(
    'has at least %i recorded histories named "%s…" to replay',
    (atLeast, namedFrom) => {
      expect(histories.filter((h) => h.name.startsWith(namedFrom)).length).toBeGreaterThanOrEqual(atLeast);
    },
  );

  it.each(histories.map((h) => [h.name, h] as const))(
    '%s replays deterministically',
    async (name, { history }) => {
      await Worker.runReplayHistory({ workflowBundle: bundle }, history, name);
    },
  );
}
