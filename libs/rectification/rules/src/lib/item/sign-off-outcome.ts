import type { Decision, Outcome, PersonRef } from '@bastion/approvals-contracts';
import type { HolidayCalendar } from '@bastion/calendar';
import type { ItemRecord, SignOffKind, SourceConfig } from '@bastion/rectification-contracts';
import { amberFrom, fixedSecondRoundDeadline, lookBackDue, secondRoundDeadline } from '../deadlines';
import { transition } from './transitions';

export interface SignOffSettled {
  kind: SignOffKind;
  requestId: string;
  outcome: Outcome;
  trail: Decision[];
}

export interface OutcomeContext {
  now: string;
  today: string;
  config: SourceConfig;
  calendar: HolidayCalendar;
  /**
   * Whether a failed acceptance takes the share rule for its second round; histories recorded
   * before it replay with the fixed number of working days.
   */
  secondRoundByShare?: boolean;
}

/** The leader whose decision settled the request: the last person to approve or reject it. */
export function signingLeader(trail: Decision[]): PersonRef | null {
  const decisive = trail.filter((d) => d.actor !== null && (d.action === 'approve' || d.action === 'reject'));
  return decisive.at(-1)?.actor ?? null;
}

function lastOpinion(trail: Decision[]): string {
  return [...trail].reverse().find((d) => d.opinion)?.opinion ?? '';
}

/**
 * A sign-off's outcome moves the item: an approved plan starts the work, a refused one goes back
 * for revision; a passed acceptance closes the item (销号) with its look-back ahead, a failed one
 * sends it back for a second round with a shorter deadline; an approved extension moves the
 * deadline, a refused one leaves the old deadline standing.
 */
export function applySignOff(item: ItemRecord, settled: SignOffSettled, ctx: OutcomeContext): ItemRecord {
  const approved = settled.outcome === 'approved';
  const facts = {
    actor: null,
    at: ctx.now,
    note: lastOpinion(settled.trail),
    signingLeader: signingLeader(settled.trail),
    requestId: settled.requestId,
  };
  switch (settled.kind) {
    case 'plan':
      return transition(
        item,
        { ...facts, kind: approved ? 'plan_approved' : 'plan_rejected' },
        { status: approved ? 'in_progress' : 'assigned', pending: null },
      );
    case 'acceptance': {
      if (approved) {
        return transition(
          item,
          { ...facts, kind: 'accepted' },
          {
            status: 'closed',
            pending: null,
            progressPercent: 100,
            closedOn: ctx.today,
            lookBack: { due: lookBackDue(ctx.today, ctx.config), result: null, on: null },
          },
        );
      }
      const deadline = ctx.secondRoundByShare
        ? secondRoundDeadline(ctx.today, item, ctx.config, ctx.calendar)
        : fixedSecondRoundDeadline(ctx.today, ctx.config, ctx.calendar);
      return transition(
        item,
        { ...facts, kind: 'acceptance_failed', deadline },
        {
          status: 'in_progress',
          pending: null,
          round: item.round + 1,
          deadline,
          amberFrom: amberFrom(deadline, ctx.config.ladder, ctx.calendar),
          finalDeadline: null,
        },
      );
    }
    case 'extension': {
      const asked = item.pendingExtension?.newDeadline;
      if (approved && asked) {
        return transition(
          item,
          { ...facts, kind: 'extension_approved', deadline: asked },
          {
            pendingExtension: null,
            deadline: asked,
            amberFrom: amberFrom(asked, ctx.config.ladder, ctx.calendar),
            finalDeadline: null,
          },
        );
      }
      return transition(item, { ...facts, kind: 'extension_rejected' }, { pendingExtension: null });
    }
  }
}
