import { setTimeout as sleep } from 'node:timers/promises';
import {
  type Client,
  WorkflowExecutionAlreadyStartedError,
  type WorkflowStartOptions,
} from '@temporalio/client';
import { clock } from '@bastion/calendar';

/** A person's action sent to a workflow as an Update, the way every service sends one. */
export interface UpdateCall<Arg> {
  workflowId: string;
  update: string;
  arg: Arg;
  /** From the caller and their idempotency key: a repeated click reaches the first result. */
  updateId: string;
  /** The workflow's refusal as the service's own error; anything else as it is. */
  asRefusal: (error: unknown) => unknown;
}

/** Sends an Update and answers its result; a refusal is thrown as the service's error. */
export async function sendUpdate<Result, Arg>(client: Client, call: UpdateCall<Arg>): Promise<Result> {
  try {
    return await client.workflow
      .getHandle(call.workflowId)
      .executeUpdate<Result, [Arg]>(call.update, { args: [call.arg], updateId: call.updateId });
  } catch (error) {
    throw call.asRefusal(error);
  }
}

/**
 * Starts a workflow whose id is a business key, carrying the service's clock in its memo.
 * False when a workflow of that id already runs: the same request again, not a second one.
 */
export async function startOnce(
  client: Client,
  workflowType: string,
  options: Omit<WorkflowStartOptions, 'memo'>,
): Promise<boolean> {
  try {
    await client.workflow.start(workflowType, { ...options, memo: clock.memo() } as WorkflowStartOptions);
    return true;
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return false;
    throw error;
  }
}

/** How long a request waits for a workflow's write to the read model before answering 503. */
const READY_WITHIN_MS = 10_000;

/**
 * Waits until `found` answers something, looking again after 25 ms, then longer up to 250 ms:
 * a workflow's write reaches the read model a moment after the request that caused it. After
 * ten seconds it throws what `notReady` makes (the service's 503).
 */
export async function untilFound<T>(found: () => Promise<T | undefined>, notReady: () => Error): Promise<T> {
  const giveUpAt = Date.now() + READY_WITHIN_MS;
  for (let wait = 25; ; wait = Math.min(wait * 2, 250)) {
    const value = await found();
    if (value !== undefined) return value;
    if (Date.now() + wait > giveUpAt) throw notReady();
    await sleep(wait);
  }
}

/** Waits until the read model holds a record at `atLeast` or a later version (see `untilFound`). */
export async function untilVersion(
  version: () => Promise<number | undefined>,
  atLeast: number,
  notReady: () => Error,
): Promise<void> {
  await untilFound(async () => (((await version()) ?? 0) >= atLeast ? true : undefined), notReady);
}
