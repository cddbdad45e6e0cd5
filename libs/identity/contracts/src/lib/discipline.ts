import { z } from 'zod';
import { addMonths, addYears, parseLocalDate } from '@bastion/calendar';
import { catalogueLabels } from '@bastion/messages';
import {
  attachedFilesSchema,
  fileRefSchema,
  idSchema,
  line,
  localDateSchema,
  multiline,
  reasonSchema,
} from '@bastion/shared-contracts';

/**
 * Party discipline as recorded on the member (党纪处分, 《中国共产党纪律处分条例》): 警告, 严重警告,
 * 撤销党内职务, 留党察看, 开除党籍. Beside them the organisational measure of a time-limited order
 * to correct (限期改正), which a sponsor may not be under either (《细则》第十四条).
 */
export const sanctionKinds = [
  'warning',
  'serious_warning',
  'removal_from_post',
  'probation',
  'expulsion',
  'correction_order',
] as const;
export const sanctionKindSchema = z.enum(sanctionKinds);
export type SanctionKind = z.infer<typeof sanctionKindSchema>;

/** The kinds by name, from the one catalogue (`identity.sanction.<kind>`). */
export const sanctionKindLabels = catalogueLabels('identity.sanction', sanctionKinds);

/** 留党察看 lasts one year or two (党章第四十条). */
export const probationTerms = [12, 24] as const;
/** 受到开除党籍处分的，五年内不得重新入党 (《中国共产党纪律处分条例》). */
export const rejoinAfterExpulsionYears = 5;

export const sanctionSchema = z.object({
  id: idSchema,
  kind: sanctionKindSchema,
  /** The date of the decision. */
  decidedOn: localDateSchema,
  /** From when it has effect. */
  effectiveFrom: localDateSchema,
  /** 留党察看: the term in months (12 or 24); null for the others. */
  termMonths: z.int32().nullable(),
  /** 留党察看: the date the member's rights were restored; null while not (yet) restored. */
  rightsRestoredOn: localDateSchema.nullable(),
  /** 限期改正: the last day of the order; null for the others. */
  until: localDateSchema.nullable(),
  /** The organisation that decided (e.g. 集团党委、纪委). */
  decidingBody: line,
  reason: multiline,
  files: z.array(fileRefSchema),
  recordedAt: line,
});
export type Sanction = z.infer<typeof sanctionSchema>;

/** What the rules need of a sanction: its kind and its dates. */
export const sanctionFactsSchema = sanctionSchema.pick({
  kind: true,
  effectiveFrom: true,
  termMonths: true,
  rightsRestoredOn: true,
  until: true,
});
export type SanctionFacts = z.infer<typeof sanctionFactsSchema>;

export const addSanctionSchema = z
  .strictObject({
    kind: sanctionKindSchema,
    decidedOn: localDateSchema,
    effectiveFrom: localDateSchema,
    termMonths: z.int32().nullable().default(null),
    rightsRestoredOn: localDateSchema.nullable().default(null),
    until: localDateSchema.nullable().default(null),
    decidingBody: line.trim().min(2).max(100),
    reason: reasonSchema,
    files: attachedFilesSchema(30),
  })
  .superRefine((s, ctx) => {
    const problem = sanctionProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.problem });
  });
export type AddSanction = z.infer<typeof addSanctionSchema>;
export type AddSanctionInput = z.input<typeof addSanctionSchema>;

/** 留党察看 with rights restored on a date: what the restoration records. */
export const restoreRightsSchema = z.strictObject({ rightsRestoredOn: localDateSchema });
export type RestoreRights = z.infer<typeof restoreRightsSchema>;

/** Why a sanction's fields do not fit its kind; null when they do. */
export function sanctionProblem(s: {
  kind: SanctionKind;
  decidedOn: string;
  effectiveFrom: string;
  termMonths: number | null;
  rightsRestoredOn: string | null;
  until: string | null;
}): { field: string; problem: string } | null {
  if (s.effectiveFrom < s.decidedOn)
    return { field: 'effectiveFrom', problem: 'cannot be before the decision' };
  if (s.kind === 'probation') {
    if (s.termMonths === null || !(probationTerms as readonly number[]).includes(s.termMonths))
      return { field: 'termMonths', problem: 'is 12 or 24 months for 留党察看' };
    if (s.rightsRestoredOn !== null && s.rightsRestoredOn < s.effectiveFrom)
      return { field: 'rightsRestoredOn', problem: 'cannot be before the sanction takes effect' };
  } else {
    if (s.termMonths !== null) return { field: 'termMonths', problem: 'only 留党察看 has a term' };
    if (s.rightsRestoredOn !== null)
      return { field: 'rightsRestoredOn', problem: 'only 留党察看 suspends rights' };
  }
  if (s.kind === 'correction_order') {
    if (s.until === null) return { field: 'until', problem: 'is required for an order to correct' };
    if (s.until < s.effectiveFrom)
      return { field: 'until', problem: 'cannot be before the order takes effect' };
  } else if (s.until !== null) return { field: 'until', problem: 'only an order to correct has a last day' };
  return null;
}

/** The last day of a 留党察看 term (its end, when rights may be restored at the earliest). */
export function probationTermEnds(s: Pick<SanctionFacts, 'effectiveFrom' | 'termMonths'>): string | null {
  return s.termMonths ? addMonths(parseLocalDate(s.effectiveFrom), s.termMonths) : null;
}

/**
 * 留党察看 in force on the date: from its effect until the day the member's rights are restored.
 * The term ending does not restore them by itself: the party organisation decides the restoration
 * (党章第四十条), and until it is recorded the member has no voting rights.
 */
export function underProbationOn(sanctions: readonly SanctionFacts[], date: string): boolean {
  return sanctions.some(
    (s) =>
      s.kind === 'probation' &&
      s.effectiveFrom <= date &&
      (s.rightsRestoredOn === null || date < s.rightsRestoredOn),
  );
}

/** Expelled on the date: from the day the expulsion takes effect, for good. */
export function expelledOn(sanctions: readonly SanctionFacts[], date: string): boolean {
  return sanctions.some((s) => s.kind === 'expulsion' && s.effectiveFrom <= date);
}

/** Under an order to correct on the date, its last day included. */
export function underCorrectionOrderOn(sanctions: readonly SanctionFacts[], date: string): boolean {
  return sanctions.some(
    (s) => s.kind === 'correction_order' && s.effectiveFrom <= date && (s.until === null || date <= s.until),
  );
}

/** A person as these rules see them: their membership record and the sanctions on it. */
export interface MemberOnRecord {
  membership: {
    status: 'full' | 'probationary';
    admissionDate: string;
    standingDate: string | null;
    /** Rights an officer suspended on the record itself (kept for records entered that way). */
    votingRights: boolean;
  } | null;
  sanctions: readonly SanctionFacts[];
}

/** A party member on the date: admitted by then and not expelled. */
export function memberOn(person: MemberOnRecord, date: string): boolean {
  const m = person.membership;
  return !!m && m.admissionDate <= date && !expelledOn(person.sanctions, date);
}

/** A full member on the date: standing counts by then, and not expelled. */
export function fullMemberOn(person: MemberOnRecord, date: string): boolean {
  const m = person.membership;
  return (
    memberOn(person, date) && m!.status === 'full' && m!.standingDate !== null && m!.standingDate <= date
  );
}

/**
 * 表决权 on the date: only full members vote (党章第六条/第七条); a member under 留党察看 has no
 * voting rights until they are restored (党章第四十条).
 */
export function votingRightsOn(person: MemberOnRecord, date: string): boolean {
  return (
    fullMemberOn(person, date) && person.membership!.votingRights && !underProbationOn(person.sanctions, date)
  );
}

/** Counted among a branch meeting's expected voters (before exclusions with consent): the same as voting. */
export const expectedVoterOn = votingRightsOn;

/**
 * May sponsor an applicant (《细则》第十四条): a full member with voting rights, not under
 * 留党察看 with rights unrestored, not under a time-limited order to correct.
 */
export function maySponsorOn(person: MemberOnRecord, date: string): boolean {
  return votingRightsOn(person, date) && !underCorrectionOrderOn(person.sanctions, date);
}

/** Why the person may not sponsor on the date, in the rule book's words; null when they may. */
export function sponsorBar(
  person: MemberOnRecord,
  date: string,
): 'expelled' | 'not_full' | 'probation' | 'no_voting_rights' | 'correction_order' | null {
  if (expelledOn(person.sanctions, date)) return 'expelled';
  if (!fullMemberOn(person, date)) return 'not_full';
  if (underProbationOn(person.sanctions, date)) return 'probation';
  if (!person.membership!.votingRights) return 'no_voting_rights';
  if (underCorrectionOrderOn(person.sanctions, date)) return 'correction_order';
  return null;
}

/** The first day a person expelled may be admitted again, or null when no expulsion bars them. */
export function rejoinBarredUntil(sanctions: readonly SanctionFacts[]): string | null {
  const expulsions = sanctions
    .filter((s) => s.kind === 'expulsion')
    .map((s) => s.effectiveFrom)
    .sort();
  const last = expulsions[expulsions.length - 1];
  return last ? addYears(parseLocalDate(last), rejoinAfterExpulsionYears) : null;
}

/** May apply (again) on the date: never expelled, or expelled at least five years before. */
export function mayApplyOn(sanctions: readonly SanctionFacts[], date: string): boolean {
  const until = rejoinBarredUntil(sanctions);
  return until === null || date >= until;
}
