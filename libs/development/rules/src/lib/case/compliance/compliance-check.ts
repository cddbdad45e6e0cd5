import type { CaseRecord, ComplianceCheck, ComplianceResult, RuleSet, VoteRecord } from '@bastion/development-contracts';
import { type MessageParams, type TextKey, type TextRef, textRef } from '@bastion/messages';
import type { decisionTime } from '../../decision-time';
import type { RuleContext } from '../../rule-context';
import { ruleSetOn } from '../../rule-set-on';

/** The fixed rules of the domain, in the order of the procedure: each is on every report. */
export const complianceRules = [
  'age',
  'talk',
  'assessments',
  'one_year_as_activist',
  'sponsors',
  'political_review',
  'training',
  'leaving_within_three_months',
  'pre_review_before_form',
  'admission_vote',
  'approval_talk',
  'approval_time',
  'oath_held_by',
  'probation_one_year',
  'no_early_conversion',
  'conversion_vote',
  'extension',
  'conversion_approval_time',
  'standing_date',
] as const;
export type ComplianceRuleId = (typeof complianceRules)[number];

/** A check before its rules version is named: `on` is the date whose rules govern it. */
export type Check = Omit<ComplianceCheck, 'ruleSetId' | 'article' | 'rule'> & { id: ComplianceRuleId; on: string };

/** What every check of one report reads: the case, the day, and the shared verdicts. */
export interface Report {
  record: CaseRecord;
  ctx: RuleContext;
  d: CaseRecord['dates'];
  /** The rules in effect on a date. */
  at: (date: string) => RuleSet;
  direct: boolean;
  /** A step not taken yet: still to come on an open case, never on a closed one. */
  notYet: ComplianceResult;
  /** The same for a step of the ordinary path, which a direct admission skips. */
  notOnPath: (date: string | null) => ComplianceResult | null;
}

export function reportOn(record: CaseRecord, ctx: RuleContext): Report {
  const d = record.dates;
  const direct = record.directAdmission !== null;
  const notYet: ComplianceResult = d.closed ? 'not_applicable' : 'pending';
  return {
    record,
    ctx,
    d,
    at: (date) => ruleSetOn(ctx.ruleSets, date),
    direct,
    notYet,
    notOnPath: (date) => (direct ? 'not_applicable' : date ? null : notYet),
  };
}

export const result = (ok: boolean | null): ComplianceResult => (ok === null ? 'pending' : ok ? 'pass' : 'fail');

export const seqs = (record: CaseRecord, ...kinds: string[]) =>
  record.entries.filter((e) => kinds.includes(e.kind)).map((e) => e.seq);

type DetailKey<K = TextKey> = K extends `development.compliance.detail.${infer P}` ? P : never;
/** One piece of a check's explanation, by its name under `development.compliance.detail.`. */
export const piece = (name: DetailKey, params?: MessageParams): TextRef =>
  textRef(`development.compliance.detail.${name}`, params);

/** A piece that is only there when its value is. */
export const pieceIf = (value: string | null | undefined, name: DetailKey, params: MessageParams): TextRef[] =>
  value ? [piece(name, params)] : [];

/**
 * A decision against its period: in time or late with a reason passes; late without one, or past
 * the longest period, fails; undecided, it is pending until the period is over.
 */
export function timedResult(time: ReturnType<typeof decisionTime>, decided: boolean, closed: string | null): ComplianceResult {
  if (decided) return time.verdict === 'in_time' || time.verdict === 'late_with_reason' ? 'pass' : 'fail';
  if (closed) return 'not_applicable';
  return time.verdict === 'lapsed' ? 'fail' : 'pending';
}

/** A decision's period in words: the due date, the longer one with its reason, the day decided. */
export function periodDetail(time: ReturnType<typeof decisionTime>, reason: string | null, decided: string | null): TextRef[] {
  return [
    piece('due', { due: time.due }),
    ...pieceIf(reason, 'late', { latest: time.latest, reason: reason ?? '' }),
    ...pieceIf(decided, 'approved_on', { date: decided ?? '' }),
  ];
}

export function voteDetail(vote: VoteRecord | undefined): TextRef[] {
  if (!vote) return [piece('no_vote')];
  const { expected, yesTotal, passed } = vote.outcome;
  return [piece(passed ? 'vote_passed' : 'vote_not_passed', { expected, present: vote.counts.present, yes: yesTotal })];
}
