import { proxyActivities } from '@temporalio/workflow';

interface Activities {
  slow(label: string): Promise<string>;
}

const { slow } = proxyActivities<Activities>({ startToCloseTimeout: '1 minute' });

/** Calls one slow activity; used to check that a stopping worker lets it finish. */
export async function oneActivity(label: string): Promise<string> {
  return slow(label);
}
