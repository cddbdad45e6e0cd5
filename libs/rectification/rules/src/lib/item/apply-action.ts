import type { PersonRef } from '@bastion/approvals-contracts';
import type { HolidayCalendar } from '@bastion/calendar';
import type {
  FileRef,
  ItemAction,
  ItemRecord,
  OrgRef,
  SignOffKind,
  SourceConfig,
} from '@bastion/rectification-contracts';
import { amberFrom, fixedSecondRoundDeadline, nextReportDue } from '../deadlines';
import { transition, type TransitionFacts } from './transitions';

/** What applying an action needs beyond the item: the clock, the rules, and ids the workflow made. */
export interface ApplyContext {
  now: string;
  today: string;
  config: SourceConfig;
  calendar: HolidayCalendar;
  /** The id of the approval request a sign-off step opens. */
  requestId: string;
  workflowId: (kind: SignOffKind) => string;
  /** For a transfer to another organisation: its snapshot. */
  org?: OrgRef;
}

export interface Applied {
  item: ItemRecord;
  /** A sign-off the workflow must now start on the approvals engine. */
  signOff?: SignOffKind;
}

function actorOf(action: ItemAction): PersonRef {
  return { personId: action.actor.personId, name: action.actor.name };
}

/** A new deadline: its amber date with it, and the ladder starts over against it. */
function deadlineChanges(deadline: string, ctx: ApplyContext): Partial<ItemRecord> {
  return { deadline, amberFrom: amberFrom(deadline, ctx.config.ladder, ctx.calendar), finalDeadline: null };
}

function withEvidence(item: ItemRecord, files: FileRef[]): Partial<ItemRecord> {
  return { evidenceCount: item.evidenceCount + files.length };
}

/**
 * Puts the item before a sign-off of `kind`: the request the workflow opens becomes the item's
 * pending one, and the files submitted with it count as evidence.
 */
function submitForSignOff(
  item: ItemRecord,
  facts: TransitionFacts & { files: FileRef[] },
  ctx: ApplyContext,
  kind: 'plan' | 'acceptance',
  changes: Partial<ItemRecord>,
): Applied {
  return {
    item: transition(
      item,
      { ...facts, requestId: ctx.requestId },
      {
        ...changes,
        pending: { kind, requestId: ctx.requestId, workflowId: ctx.workflowId(kind) },
        ...withEvidence(item, facts.files),
      },
    ),
    signOff: kind,
  };
}

/**
 * An action the validator accepted, applied: the item's new state and its transition. Pure; the
 * workflow persists the result and starts the sign-off it asks for.
 */
export function applyAction(item: ItemRecord, action: ItemAction, ctx: ApplyContext): Applied {
  const facts = { kind: action.type, actor: actorOf(action), at: ctx.now };
  switch (action.type) {
    case 'assign': {
      const assigned = transition(
        item,
        { ...facts, note: action.note, deadline: action.deadline },
        {
          status: 'assigned',
          owner: action.owner,
          leader: action.leader,
          assignedOn: item.assignedOn ?? ctx.today,
          originalDeadline: item.originalDeadline ?? action.deadline,
          ...deadlineChanges(action.deadline, ctx),
        },
      );
      if (item.ladder.some((r) => r.rung === 'notice')) return { item: assigned };
      // 督查督办通知书: the first rung goes out with the assignment.
      return {
        item: transition(
          assigned,
          { kind: 'notice', actor: null, at: ctx.now, deadline: action.deadline },
          { ladder: [...assigned.ladder, { rung: 'notice', on: ctx.today, deadline: action.deadline }] },
        ),
      };
    }
    case 'edit':
      return {
        item: transition(
          item,
          { ...facts, ...(action.deadline ? { deadline: action.deadline } : {}) },
          {
            text: { ...item.text, ...action.text },
            ...(action.deadline ? deadlineChanges(action.deadline, ctx) : {}),
            ...(action.deadline && item.assignedOn === null ? { originalDeadline: action.deadline } : {}),
          },
        ),
      };
    case 'submit_plan':
      return submitForSignOff(item, { ...facts, note: action.note, files: action.files }, ctx, 'plan', {
        status: 'plan_approval',
        text: { ...item.text, measures: action.measures, target: action.target },
      });
    case 'progress':
      return {
        item: transition(
          item,
          { ...facts, note: action.note, files: action.files },
          {
            progressPercent: action.percent,
            ...withEvidence(item, action.files),
            ...(item.longTerm
              ? {
                  longTerm: {
                    ...item.longTerm,
                    nextReportDue: nextReportDue(ctx.today, item.longTerm.reportEveryMonths),
                  },
                }
              : {}),
          },
        ),
      };
    case 'evidence':
      return {
        item: transition(
          item,
          { ...facts, note: action.note, files: action.files },
          withEvidence(item, action.files),
        ),
      };
    case 'submit_acceptance':
      return submitForSignOff(item, { ...facts, note: action.note, files: action.files }, ctx, 'acceptance', {
        status: 'acceptance',
      });
    case 'request_extension':
      return {
        item: transition(
          item,
          { ...facts, note: action.reason, requestId: ctx.requestId, deadline: action.newDeadline },
          {
            pendingExtension: {
              kind: 'extension',
              requestId: ctx.requestId,
              workflowId: ctx.workflowId('extension'),
              newDeadline: action.newDeadline,
              reason: action.reason,
            },
          },
        ),
        signOff: 'extension',
      };
    case 'long_term': {
      const last = action.milestones.at(-1)!.due;
      return {
        item: transition(
          item,
          { ...facts, note: action.reason, deadline: last },
          {
            longTerm: {
              milestones: action.milestones.map((m) => ({ ...m, doneOn: null })),
              reportEveryMonths: action.reportEveryMonths,
              nextReportDue: nextReportDue(ctx.today, action.reportEveryMonths),
            },
            ...deadlineChanges(last, ctx),
          },
        ),
      };
    }
    case 'milestone_done': {
      const longTerm = item.longTerm!;
      const milestones = longTerm.milestones.map((m, i) =>
        i === action.index ? { ...m, doneOn: ctx.today } : m,
      );
      const done = milestones.filter((m) => m.doneOn !== null).length;
      return {
        item: transition(
          item,
          { ...facts, note: action.note || milestones[action.index]!.title, files: action.files },
          {
            longTerm: { ...longTerm, milestones },
            progressPercent: Math.max(item.progressPercent, Math.floor((done * 100) / milestones.length)),
            ...withEvidence(item, action.files),
          },
        ),
      };
    }
    case 'hand_over':
      return {
        item: transition(
          item,
          { ...facts, note: `${action.to}：${action.reason}` },
          { status: 'handed_over', handedOverTo: action.to, pending: null },
        ),
      };
    case 'transfer':
      return {
        item: transition(
          item,
          { ...facts, note: action.reason },
          {
            ...(ctx.org ? { org: ctx.org } : {}),
            ...(action.owner ? { owner: action.owner } : {}),
            ...(action.leader ? { leader: action.leader } : {}),
          },
        ),
      };
    case 'urge':
      return {
        item: transition(
          item,
          { ...facts, note: action.note },
          {
            lastUrgedAt: ctx.now,
            urgeNotBefore: new Date(
              Date.parse(ctx.now) + ctx.config.urgeIntervalMinutes * 60_000,
            ).toISOString(),
            urgeCount: item.urgeCount + 1,
          },
        ),
      };
    case 'named_supervision':
      return { item: transition(item, { ...facts, note: action.note }, { namedSupervision: action.on }) };
    case 'link':
      return {
        item: transition(
          item,
          { ...facts, note: action.note },
          { links: [...item.links, ...action.itemIds.filter((id) => !item.links.includes(id))] },
        ),
      };
    case 'unlink':
      return {
        item: transition(
          item,
          { ...facts, note: action.note },
          { links: item.links.filter((id) => id !== action.itemId) },
        ),
      };
    case 'look_back': {
      const lookBack = {
        ...item.lookBack!,
        result: action.holds ? ('holds' as const) : ('relapsed' as const),
        on: ctx.today,
      };
      const looked = transition(
        item,
        { ...facts, note: action.note, files: action.files },
        { lookBack, ...withEvidence(item, action.files) },
      );
      if (action.holds) return { item: looked };
      // 重开: the relapse reopens the item for another round, visible as reopened everywhere.
      const deadline = action.newDeadline ?? fixedSecondRoundDeadline(ctx.today, ctx.config, ctx.calendar);
      return {
        item: transition(
          looked,
          { kind: 'reopened', actor: actorOf(action), at: ctx.now, deadline },
          {
            status: 'in_progress',
            reopened: true,
            round: item.round + 1,
            closedOn: null,
            progressPercent: 0,
            ...deadlineChanges(deadline, ctx),
          },
        ),
      };
    }
  }
}
