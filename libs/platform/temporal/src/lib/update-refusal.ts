import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowNotFoundError } from '@temporalio/common';

/** A workflow's refusal of an update: its code, its words, what it names. */
export interface UpdateRefusal {
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

/**
 * What a workflow's update failure means to the caller: the refusal a validator or handler threw
 * (`refusalFailure` in `@bastion/workflow-kit`) when its code is one of the service's `refusals`;
 * `ended` when no run was there to take the update; `undefined` for anything else, which stays an
 * error. Each service turns the first two into its own domain errors.
 */
export function updateRefusal(
  error: unknown,
  refusals: { has(code: string): boolean },
): UpdateRefusal | 'ended' | undefined {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const code = error.cause.type ?? '';
    if (refusals.has(code)) {
      const [params] = (error.cause.details ?? []) as (Record<string, string | number> | undefined)[];
      return { code, message: error.cause.message, ...(params ? { params } : {}) };
    }
  }
  if (error instanceof WorkflowNotFoundError) return 'ended';
  return undefined;
}
