import { ApplicationFailure } from '@temporalio/workflow';

/** A rule's refusal as a workflow raises it: a stable code, the rule's words, what it names. */
export interface WorkflowRefusal {
  code: string;
  message: string;
  params?: Record<string, unknown>;
}

/**
 * A refusal as the caller gets it: an update failure typed by its code, its parameters as the
 * details. Thrown from a validator, nothing enters history; the server turns it back into the
 * refusal (`@bastion/platform-temporal`'s `refusalFromUpdate`).
 */
export function refusalFailure(refusal: WorkflowRefusal): ApplicationFailure {
  return ApplicationFailure.create({
    type: refusal.code,
    message: refusal.message,
    nonRetryable: true,
    ...(refusal.params ? { details: [refusal.params] } : {}),
  });
}
