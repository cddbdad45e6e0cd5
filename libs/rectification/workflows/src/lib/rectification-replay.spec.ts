import { join } from 'node:path';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { resolveWorkspaceAliases } from '@bastion/platform-temporal';
import { recordedHistories } from '@bastion/platform-testing';

const histories = recordedHistories(join(__dirname, '../history-fixtures'));

describe('replaying recorded rectification histories against the current workflow code', () => {
  let bundle: { code: string };

  beforeAll(async () => {
    bundle = await bundleWorkflowCode({
      workflowsPath: join(__dirname, '../workflows.ts'),
      webpackConfigHook: resolveWorkspaceAliases,
    });
  });

  it('has recorded histories of items and batches to replay', () => {
    expect(histories.filter((h) => h.name.startsWith('item-')).length).toBeGreaterThanOrEqual(6);
    expect(histories.filter((h) => h.name.startsWith('batch-')).length).toBeGreaterThanOrEqual(1);
  });

  it.each(histories.map((h) => [h.name, h] as const))(
    '%s replays deterministically',
    async (name, { history }) => {
      await Worker.runReplayHistory({ workflowBundle: bundle }, history, name);
    },
  );
});
