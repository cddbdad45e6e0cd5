import { condition, defineUpdate, setHandler } from '@temporalio/workflow';

export const echoUpdate = defineUpdate<number, [number]>('echo');

/** The least a workflow with an update can do: the baseline an approval action is measured against. */
export async function echo(): Promise<void> {
  let done = false;
  setHandler(echoUpdate, (n) => {
    if (n < 0) done = true;
    return n;
  });
  await condition(() => done);
}
