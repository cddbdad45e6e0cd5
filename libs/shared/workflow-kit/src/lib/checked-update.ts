import type { UpdateDefinition } from '@temporalio/common';
import { setHandler } from '@temporalio/workflow';
import type { Mutex } from './mutex';
import { refusalFailure, type WorkflowRefusal } from './refusal-failure';

/**
 * A person's action as an Update: its validator refuses by the rules before anything enters
 * history; its handler, one at a time under the procedure's lock, checks again (another action
 * may have got in since validation) and applies it.
 */
export function setCheckedUpdate<Result, Action>(
  update: UpdateDefinition<Result, [Action]>,
  lock: Mutex,
  refusalOf: (action: Action) => WorkflowRefusal | null | undefined,
  apply: (action: Action) => Promise<Result>,
): void {
  const check = (action: Action) => {
    const refusal = refusalOf(action);
    if (refusal) throw refusalFailure(refusal);
  };
  setHandler(
    update,
    (action) =>
      lock.run(async () => {
        check(action);
        return apply(action);
      }),
    { validator: check },
  );
}
