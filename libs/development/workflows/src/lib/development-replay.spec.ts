import { join } from 'node:path';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { resolveWorkspaceAliases } from '@bastion/platform-temporal';
import { recordedHistories } from '@bastion/platform-testing';

const histories = recordedHistories(join(__dirname, '../history-fixtures'));

describe('replaying recorded development histories against the current workflow code', () => {
  let bundle: { code: string };

  beforeAll(async () => {
    bundle = await bundleWorkflowCode({
      workflowsPath: join(__dirname, '../workflows.ts'),
      webpackConfigHook: resolveWorkspaceAliases,
    });
  });

  it('has recorded histories of cases at every stage to replay', () => {
    expect(histories.filter((h) => h.name.startsWith('case-')).length).toBeGreaterThanOrEqual(10);
  });

  it.each(histories.map((h) => [h.name, h] as const))('%s replays deterministically', async (name, { history }) => {
    await Worker.runReplayHistory({ workflowBundle: bundle }, history, name);
  });
});
