import { allowedOutcomes, conversionTimingRefusal, extensionRefusal, oathRefusal } from '../../eligibility';
import { voteRefusal } from '../../vote';
import { applyConversionDecision } from '../decisions';
import {
  breach,
  conversionTimingOn,
  datedStep,
  meetingRefusal,
  n,
  recorded,
  set,
  withVote,
  wrongStep,
} from './step-helpers';
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
  placement: datedStep('placement', 'placement', {
    statuses: ['probationary'],
    after: ['approval'],
    details: (step) => ({ partyGroup: step.partyGroup }),
  }),
  oath: datedStep('oath', 'oath', {
    statuses: ['probationary'],
    after: ['approval'],
    check: (_record, step) => oathRefusal(step.heldBy),
    details: (step) => ({ heldBy: step.heldBy }),
  }),
  conversion_application: datedStep('conversion_application', 'conversionApplication', {
    statuses: ['probationary'],
    after: ['approval'],
    check: (record, step) => conversionTimingRefusal(step.date, record.dates.probationEnd!),
  }),
  conversion_meeting: {
    statuses: ['probationary'],
    after: () => ['conversion_application'],
    number: () => n('conversion_meeting'),
    check: (record, step, ctx, rules) => {
      const meeting = meetingRefusal(record, 'conversion_meeting', step, ctx);
      if (meeting) return meeting;
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
      const extensionMonths = step.resolution === 'extend' ? step.extensionMonths : null;
      const { next, outcome } = withVote(record, step, 'conversion', step.resolution, extensionMonths);
      const details = { vote: step.vote, outcome, resolution: step.resolution, extensionMonths };
      if (!outcome.passed) return recorded(next, details);
      return recorded(
        {
          ...set(next, { conversionMeeting: step.date }),
          resolution: { kind: step.resolution, meetingDate: step.date, extensionMonths },
        },
        details,
      );
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
    apply: (record, step, ctx) =>
      recorded(
        applyConversionDecision(
          {
            ...set(record, { conversionSubmitted: record.dates.conversionSubmitted ?? step.date }),
            conversionLateReason: step.lateReason ?? record.conversionLateReason ?? null,
          },
          step.date,
          step.approved,
          ctx.ruleSets,
        ),
        { approved: step.approved, resolution: record.resolution?.kind },
      ),
  },
  archive: datedStep('archive', 'archived', {
    statuses: ['full'],
    after: ['conversion_approval'],
    details: (step) => ({ location: step.location, items: step.items }),
  }),
};
