import type { ActAction } from '@bastion/approvals-contracts';
import { type RefusalParams, ruleRefusal, type TextKey, textRef } from '@bastion/messages';
import { actorTask, isParticipant } from './actor';
import { decidedInsteadOf } from './already-decided';
import { returnTargets } from './return-targets';
import { type ApprovalState, isDecided, stageDef, tasksOf } from './state';

/** Why an action is refused; the code maps to an HTTP status in the service. */
export interface Refusal {
  code: 'NOT_ALLOWED' | 'NOT_YOUR_TURN' | 'ENDED' | 'INVALID' | 'REQUIRED' | 'TOO_SOON' | 'ALREADY_DECIDED';
  /** The reason in English, the engine's own language (logs, a reader of no key). */
  message: string;
  /** What the message names, for the caller's own wording; under `reason`, the reason by key. */
  params?: RefusalParams;
}

type ReasonKey =
  Extract<TextKey, `approvals.refusal.${string}`> extends `approvals.refusal.${infer K}` ? K : never;

/** A refusal with its reason from the catalogue (`approvals.refusal.<reason>`), worded in the caller's language at the end. */
const refuse = (
  code: Refusal['code'],
  reason: ReasonKey,
  params?: Record<string, string | number>,
): Refusal => ruleRefusal(code, textRef(`approvals.refusal.${reason}`, params), 'en-US');

/**
 * The loser of a race, or anyone whose task someone else's decision made unnecessary (或签): told
 * who decided and when, rather than that it is not their turn.
 */
export function alreadyDecided(state: ApprovalState, personId: string): Refusal | null {
  const decided = decidedInsteadOf(state, personId);
  if (!decided) return null;
  return {
    code: 'ALREADY_DECIDED',
    message: `Already decided by ${decided.by.name} at ${decided.at}.`,
    params: {
      by: decided.by.name,
      byPersonId: decided.by.personId,
      at: decided.at,
      stage: decided.stageName,
      stageIndex: decided.stageIndex,
    },
  };
}

/** A refusal of the engine by its reason, for the service that answers before the workflow does. */
export const engineRefusal = refuse;

const ENDED = refuse('ENDED', 'ended');

/**
 * Whether `action` may be taken now, checked against the state the workflow holds. Pure: the
 * update validator runs it, and the handler runs it again under the lock, so two racing clicks
 * decide once.
 */
export function refusal(state: ApprovalState, action: ActAction, now: string): Refusal | null {
  const actor = action.actor.personId;
  const isSubmitter = actor === state.input.subject.submitter.personId;
  const finished = !['running', 'returned'].includes(state.status);
  const mine = state.status === 'running' ? actorTask(state, actor) : null;
  const stage = state.stages[state.current];
  const def = stage ? stageDef(state, stage.index) : undefined;

  switch (action.type) {
    case 'approve':
    case 'reject': {
      if (finished) return alreadyDecided(state, actor) ?? ENDED;
      if (!mine) return alreadyDecided(state, actor) ?? refuse('NOT_YOUR_TURN', 'no_open_task');
      if (!mine.asDelegate && def) {
        if (def.requires.opinion && !action.opinion) return refuse('REQUIRED', 'needs_opinion');
        if (def.requires.attachments && action.attachments.length === 0) {
          return refuse('REQUIRED', 'needs_attachment');
        }
        if (def.requires.signature && !action.signature) return refuse('REQUIRED', 'needs_signature');
      }
      return null;
    }
    case 'return': {
      if (finished) return alreadyDecided(state, actor) ?? ENDED;
      if (!mine) return alreadyDecided(state, actor) ?? refuse('NOT_YOUR_TURN', 'only_assignee_returns');
      if (mine.asDelegate) return refuse('NOT_YOUR_TURN', 'only_assignee_returns');
      const target = action.target;
      const allowed = returnTargets(state).some((t) =>
        target.kind === 'submitter'
          ? t.kind === 'submitter'
          : t.kind === 'stage' && t.stageIndex === target.stageIndex,
      );
      return allowed ? null : refuse('INVALID', 'return_target');
    }
    case 'resubmit':
      if (!isSubmitter) return refuse('NOT_ALLOWED', 'only_submitter_resubmits');
      return state.status === 'returned' ? null : refuse('INVALID', 'not_returned');
    case 'transfer':
    case 'delegate': {
      if (finished) return ENDED;
      if (!mine || mine.asDelegate) return refuse('NOT_YOUR_TURN', 'no_open_task');
      if (action.to.personId === actor) return refuse('INVALID', 'not_yourself');
      if (action.type === 'delegate' && mine.task.delegate) return refuse('INVALID', 'delegated_already');
      const busy =
        stage &&
        tasksOf(stage).some(
          (t) =>
            !isDecided(t) &&
            t.status !== 'closed' &&
            t.status !== 'transferred' &&
            t.assignee.personId === action.to.personId,
        );
      return busy ? refuse('INVALID', 'has_task', { name: action.to.name }) : null;
    }
    case 'add_signer': {
      if (finished) return ENDED;
      if (!mine || mine.asDelegate) return refuse('NOT_YOUR_TURN', 'no_open_task');
      if (mine.slot.group) return refuse('INVALID', 'signers_added_already');
      if (!mine.slot.holders.includes(mine.task)) return refuse('INVALID', 'added_signer_cannot_add');
      const present = new Set(
        stage
          ? tasksOf(stage)
              .filter((t) => t.status !== 'transferred')
              .map((t) => t.assignee.personId)
          : [],
      );
      const repeated = action.signers.find((s) => s.personId === actor || present.has(s.personId));
      if (repeated) return refuse('INVALID', 'takes_part', { name: repeated.name });
      const unique = new Set(action.signers.map((s) => s.personId));
      return unique.size === action.signers.length ? null : refuse('INVALID', 'signer_twice');
    }
    case 'remove_signer': {
      if (finished) return ENDED;
      const group = stage?.slots
        .map((s) => s.group)
        .find((g) => g?.members.some((m) => m.id === action.taskId));
      const member = group?.members.find((m) => m.id === action.taskId);
      if (!group || !member) return refuse('INVALID', 'no_such_signer');
      if (group.addedBy.personId !== actor) return refuse('NOT_ALLOWED', 'only_adder_removes');
      return member.status === 'waiting' || member.status === 'open'
        ? null
        : refuse('INVALID', 'signer_acted');
    }
    case 'cc': {
      if (finished) return ENDED;
      if (!isParticipant(state, actor)) return refuse('NOT_ALLOWED', 'only_participant_copies');
      const fresh = action.people.filter((p) => !state.cc.some((c) => c.personId === p.personId));
      return fresh.length ? null : refuse('INVALID', 'copied_already');
    }
    case 'withdraw':
      if (finished) return ENDED;
      if (!isSubmitter) return refuse('NOT_ALLOWED', 'only_submitter_withdraws');
      if (state.input.route.settings.withdraw === 'anytime' || !state.humanActed) return null;
      return refuse('INVALID', 'acted_on');
    case 'recall':
      if (finished) return ENDED;
      if (!state.input.route.settings.allowRecall) return refuse('NOT_ALLOWED', 'recall_not_allowed');
      return recallable(state, actor) ? null : refuse('INVALID', 'nothing_to_recall');
    case 'urge': {
      if (state.status !== 'running') return ENDED;
      if (!isSubmitter && !action.supervisor) return refuse('NOT_ALLOWED', 'only_submitter_urges');
      const interval = state.input.route.settings.urgeIntervalMinutes * 60_000;
      if (state.lastUrgeAt && Date.parse(now) - Date.parse(state.lastUrgeAt) < interval) {
        return refuse('TOO_SOON', 'urged_recently', {
          minutes: state.input.route.settings.urgeIntervalMinutes,
        });
      }
      return null;
    }
    case 'comment':
      return isParticipant(state, actor) || action.supervisor
        ? null
        : refuse('NOT_ALLOWED', 'only_participant_comments');
  }
}

/**
 * An approver may undo their decision while it still matters and nothing has built on it: their
 * stage is still open, or it has just concluded and nobody has acted in the stage after it.
 */
export function recallable(state: ApprovalState, personId: string): 'this_stage' | 'previous_stage' | null {
  if (state.status !== 'running') return null;
  const current = state.stages[state.current];
  const approvedBy = (index: number) =>
    (state.stages[index]?.slots ?? []).some((slot) =>
      [...slot.holders, ...(slot.group?.members ?? [])].some(
        (t) => t.status === 'approved' && !t.automatic && t.assignee.personId === personId,
      ),
    );
  if (current?.status === 'open' && approvedBy(state.current)) return 'this_stage';
  const untouched =
    current !== undefined &&
    current.status !== 'pending' &&
    tasksOf(current).every(
      (t) =>
        !t.delegate &&
        (t.status === 'open' || t.status === 'waiting' || (t.status === 'skipped' && t.automatic)),
    );
  if (state.current > 0 && untouched && approvedBy(state.current - 1)) return 'previous_stage';
  return null;
}
