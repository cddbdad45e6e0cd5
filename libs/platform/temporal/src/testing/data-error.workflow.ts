import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';

interface Activities {
  insertThing(name: string): Promise<void>;
}

// The default retry policy: unlimited attempts. Only the failure's own retry decision can end them.
const { insertThing } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '50 milliseconds', backoffCoefficient: 1 },
});

// The same activity run as a local activity, as the services' workflows persist their read models.
const local = proxyLocalActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '50 milliseconds', backoffCoefficient: 1 },
});

/** Inserts a row through an activity; used to check how a worker reports data and transient errors. */
export async function insertOneThing(name: string): Promise<void> {
  await insertThing(name);
}

/** Inserts a row through a local activity. */
export async function insertOneThingLocally(name: string): Promise<void> {
  await local.insertThing(name);
}
