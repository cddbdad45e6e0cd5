import { allowedOutcomes, conversionTimingRefusal, extensionRefusal, oathRefusal } from '../../eligibility';
import { countVote, voteRefusal } from '../../vote';
import { applyConversionDecision } from '../decisions';
import { breach, conversionTimingOn, done, n, set, votersRefusal, wrongStep } from './step-helpers';
import type { SomeStepRules } from './step-rule';

/**
 * Stage five (《细则》第二十五条至第三十二条): placement, the oath, the application to convert, the
 * branch meeting on the conversion, the committee's approval and the archive.
 */
export const probationSteps: SomeStepRules<
  | 'placement'
  | 'oath'
  | 'conversion_application'
  | 'conversion_meeting'
  | 'submit_conversion_approval'
  | 'conversion_decision'
  | 'archive'
> = {
  placement: {
    statuses: ['probationary'],
    after: () => ['approval'],
    number: () => n('placement'),
    check: (record) => done(record, 'placement'),
    apply: (record, step) => ({
      record: set(record, { placement: step.date }),
      signOff: null,
      details: { partyGroup: step.partyGroup },
    }),
  },
  oath: {
    statuses: ['probationary'],
    after: () => ['approval'],
    number: () => n('oath'),
    check: (record, step) => done(record, 'oath') ?? oathRefusal(step.heldBy),
    apply: (record, step) => ({
      record: set(record, { oath: step.date }),
      signOff: null,
      details: { heldBy: step.heldBy },
    }),
  },
  conversion_application: {
    statuses: ['probationary'],
    after: () => ['approval'],
    number: () => n('conversion_application'),
    check: (record, step) =>
      done(record, 'conversion_application') ??
      conversionTimingRefusal(step.date, record.dates.probationEnd!),
    apply: (record, step) => ({ record: set(record, { conversionApplication: step.date }), signOff: null }),
  },
  conversion_meeting: {
    statuses: ['probationary'],
    after: () => ['conversion_application'],
    number: () => n('conversion_meeting'),
    check: (record, step, ctx, rules) => {
      const already = done(record, 'conversion_meeting', 'development.refusal.label.conversion_meeting');
      if (already) return already;
      const roll = votersRefusal(step, ctx);
      if (roll) return roll;
      const early = conversionTimingRefusal(step.date, record.dates.probationEnd!);
      if (early) return early;
      const extended = record.extension !== null;
      if (!allowedOutcomes(extended).includes(step.resolution)) return breach('one_extension');
      if (step.resolution === 'extend') {
        const refusal = extensionRefusal(extended, step.extensionMonths, rules);
        if (refusal) return refusal;
      }
      return voteRefusal(step.vote);
    },
    apply: (record, step) => {
      const outcome = countVote(step.vote);
      const extensionMonths = step.resolution === 'extend' ? step.extensionMonths : null;
      const vote = {
        kind: 'conversion' as const,
        date: step.date,
        counts: step.vote,
        outcome,
        resolution: step.resolution,
        extensionMonths,
        seq: record.entries.length + 1,
      };
      const next = { ...record, votes: [...record.votes, vote] };
      const details = { vote: step.vote, outcome, resolution: step.resolution, extensionMonths };
      if (!outcome.passed) return { record: next, signOff: null, details };
      return {
        record: {
          ...set(next, { conversionMeeting: step.date }),
          resolution: { kind: step.resolution, meetingDate: step.date, extensionMonths },
        },
        signOff: null,
        details,
      };
    },
  },
  submit_conversion_approval: {
    statuses: ['probationary'],
    after: () => ['conversion_meeting'],
    number: () => n('conversion_approval'),
    check: (record, step, ctx) =>
      (record.dates.conversionSubmitted ? wrongStep('submitted_already') : null) ??
      (ctx.untimedDecisions ? null : conversionTimingOn(record, ctx.today, step.lateReason ?? null, ctx)),
    apply: (record, step, ctx) => ({
      record: {
        ...set(record, { conversionSubmitted: ctx.today }),
        conversionLateReason: step.lateReason ?? null,
      },
      signOff: 'conversion_approval',
      details: step.lateReason ? { lateReason: step.lateReason } : undefined,
    }),
  },
  conversion_decision: {
    statuses: ['probationary'],
    after: () => ['conversion_meeting'],
    number: () => n('conversion_approval'),
    check: (record, step, ctx) =>
      step.approved && !ctx.untimedDecisions
        ? conversionTimingOn(record, step.date, step.lateReason ?? record.conversionLateReason ?? null, ctx)
        : null,
    apply: (record, step, ctx) => ({
      record: applyConversionDecision(
        {
          ...set(record, { conversionSubmitted: record.dates.conversionSubmitted ?? step.date }),
          conversionLateReason: step.lateReason ?? record.conversionLateReason ?? null,
        },
        step.date,
        step.approved,
        ctx.ruleSets,
      ),
      signOff: null,
      details: { approved: step.approved, resolution: record.resolution?.kind },
    }),
  },
  archive: {
    statuses: ['full'],
    after: () => ['conversion_approval'],
    number: () => n('archive'),
    check: (record) => done(record, 'archive'),
    apply: (record, step) => ({
      record: set(record, { archived: step.date }),
      signOff: null,
      details: { location: step.location, items: step.items },
    }),
  },
};
