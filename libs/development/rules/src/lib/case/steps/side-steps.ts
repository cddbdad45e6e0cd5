import { stepByKey } from '@bastion/development-contracts';
import { composedText } from '@bastion/messages';
import { stepDone } from '../case-state';
import { breach, closed, n, nomineeRefusal, pre, recorded, replacement, wrongStep } from './step-helpers';
import type { SomeStepRules } from './step-rule';

/**
 * The steps beside the 25: more evidence for a step done, transfers between branches, replacing
 * a mentor or sponsor, and the exits (withdrawn by the person, dropped by the branch).
 */
export const sideSteps: SomeStepRules<
  'evidence' | 'transfer' | 'transfer_out' | 'replace_mentor' | 'replace_sponsor' | 'withdraw' | 'drop'
> = {
  evidence: {
    statuses: [...pre, 'probationary', 'full'],
    after: () => ['application'],
    number: (_r, step) => step.step,
    check: (record, step) => {
      const def = Object.values(stepByKey).find((s) => s.number === step.step)!;
      return stepDone(record, def.key) || record.entries.some((e) => e.step === step.step)
        ? null
        : wrongStep('step_not_taken', {
            number: step.step,
            step: composedText(`development.step.${def.key}`),
          });
    },
    apply: (record) => recorded(record),
  },
  transfer: {
    statuses: [...pre, 'probationary', 'full'],
    after: () => ['application'],
    number: () => null,
    check: (record, _step, ctx) => {
      const to = ctx.action.toOrg;
      if (!to) return breach('branch_not_found');
      if (to.id === record.org.id) return breach('same_branch');
      return null;
    },
    apply: (record, step, ctx) => {
      const to = ctx.action.toOrg!;
      return recorded(
        {
          ...record,
          org: { id: to.id, name: to.name, idPath: to.idPath },
          approvingCommittee: to.approvingCommittee,
        },
        {
          from: { id: record.org.id, name: record.org.name },
          to: { id: to.id, name: to.name },
          reason: step.reason,
        },
      );
    },
  },
  transfer_out: {
    statuses: [...pre, 'probationary', 'full'],
    after: () => ['application'],
    number: () => null,
    apply: (record, step) =>
      recorded(closed(record, step.date, 'transferred_out', `转出至${step.to}：${step.reason}`), {
        to: step.to,
      }),
  },
  replace_mentor: {
    statuses: ['activist', 'candidate'],
    after: () => ['mentors'],
    number: () => n('mentors'),
    check: (record, step, ctx) =>
      (record.mentors.some((m) => m.personId === step.replaces) ? null : breach('not_current_mentor')) ??
      (record.mentors.some((m) => m.personId === step.mentor.personId) ? breach('mentor_in_office') : null) ??
      nomineeRefusal('培养联系人', step.mentor, ctx, step.date),
    apply: (record, step, ctx) => {
      const { people, replaced, added } = replacement(
        record.mentors,
        step.replaces,
        step.mentor.personId,
        ctx,
      );
      return recorded({ ...record, mentors: people }, { replaces: replaced, by: added, reason: step.reason });
    },
  },
  replace_sponsor: {
    statuses: ['candidate', 'probationary'],
    after: () => ['sponsors'],
    number: () => n('sponsors'),
    check: (record, step, ctx) =>
      (record.sponsors.some((s) => s.personId === step.replaces) ? null : breach('not_current_sponsor')) ??
      (record.sponsors.some((s) => s.personId === step.sponsor.personId) ||
      step.sponsor.personId === record.person.personId
        ? breach('sponsor_not_new')
        : null) ??
      nomineeRefusal('入党介绍人', step.sponsor, ctx, step.date),
    apply: (record, step, ctx) => {
      const { people, replaced, added } = replacement(
        record.sponsors,
        step.replaces,
        step.sponsor.personId,
        ctx,
      );
      return recorded(
        { ...record, sponsors: people },
        { replaces: replaced, by: added, declaration: step.sponsor, reason: step.reason },
      );
    },
  },
  withdraw: {
    statuses: pre,
    after: () => ['application'],
    number: () => null,
    apply: (record, step) => recorded(closed(record, step.date, 'withdrawn', step.reason)),
  },
  drop: {
    statuses: ['activist', 'candidate'],
    after: () => ['activist'],
    number: () => null,
    apply: (record, step) =>
      recorded(closed(record, step.date, 'dropped', step.reason), { droppedAs: record.status }),
  },
};
