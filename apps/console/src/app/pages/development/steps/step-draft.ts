import type { PersonRef } from '@bastion/approvals-contracts';
import type {
  CaseRecord,
  CaseStepInput,
  MigratedStepInput,
  NominatedMember,
} from '@bastion/development-contracts';
import { filingKinds, recommendationSources } from '@bastion/development-contracts';
import type { FileRef } from '@bastion/shared-contracts';
import { type MessageKey, type StoredFile, toLocalDate } from '@bastion/console-ui';
import { STEP_SHAPES, type StepType } from './step-types';
import { emptyVote, voteCounts, voteDraftProblem, type VoteDraft } from './vote-draft';

export type FilingKind = (typeof filingKinds)[number];
export type RecommendationSource = (typeof recommendationSources)[number];

/**
 * Everything any step's form may hold. Fields are named as the contracts name them, so the
 * service's problems find their field; what the user typed survives a refusal untouched.
 */
export interface StepDraft {
  date: Date | null;
  note: string;
  files: StoredFile[];
  reason: string;
  talker: PersonRef[];
  recommendedBy: RecommendationSource[];
  reconsiderOn: Date | null;
  filing: FilingKind | null;
  /** Mentors, sponsors, or the one who replaces a mentor or sponsor: full members, whose discipline is the identity service's record. */
  nominees: PersonRef[];
  opinionsHeard: { partyGroup: boolean; mentors: boolean; members: boolean; nonMembers: boolean };
  publicNotice: boolean;
  noticeFrom: Date | null;
  noticeTo: Date | null;
  objections: string;
  /** Political review passed, pre-review passed, approval or conversion approved. */
  passed: boolean | null;
  from: Date | null;
  days: number | null;
  hours: number | null;
  provider: string;
  leavingOn: Date | null;
  exceptionReason: string;
  vote: VoteDraft;
  lateReason: string;
  partyGroup: string;
  heldBy: 'committee' | 'branch' | 'party_group' | null;
  resolution: 'convert' | 'extend' | 'cancel';
  extensionMonths: number | null;
  location: 'personnel_file' | 'party_member_file';
  items: string[];
  /** Evidence: the step (1–25) it belongs to. */
  step: number | null;
  toOrgId: string | null;
  to: string;
  replaces: string | null;
  authority: string;
}

export type StepDraftField = keyof StepDraft;
export type StepDraftProblems = Partial<Record<StepDraftField, MessageKey>>;

/** What the archive usually holds (第三十五条), offered as the list to start from. */
export const ARCHIVE_ITEMS = ['入党申请书', '入党志愿书', '政治审查材料', '转正申请书', '培养教育考察材料'];

export function emptyDraft(date: Date | null = null): StepDraft {
  return {
    date,
    note: '',
    files: [],
    reason: '',
    talker: [],
    recommendedBy: [],
    reconsiderOn: null,
    filing: null,
    nominees: [],
    opinionsHeard: { partyGroup: false, mentors: false, members: false, nonMembers: false },
    publicNotice: false,
    noticeFrom: null,
    noticeTo: null,
    objections: '',
    passed: null,
    from: null,
    days: null,
    hours: null,
    provider: '',
    leavingOn: null,
    exceptionReason: '',
    vote: emptyVote(),
    lateReason: '',
    partyGroup: '',
    heldBy: null,
    resolution: 'convert',
    extensionMonths: null,
    location: 'personnel_file',
    items: [...ARCHIVE_ITEMS],
    step: null,
    toOrgId: null,
    to: '',
    replaces: null,
    authority: '',
  };
}

/** Which filing the case is waiting for: its current step says (4, 8 or 18). */
export function filingFor(record: Pick<CaseRecord, 'currentStep' | 'status'> | null): FilingKind | null {
  if (!record) return null;
  if (record.currentStep === 4) return 'activist';
  if (record.currentStep === 8) return 'candidate';
  if (record.currentStep === 18) return 'approval';
  if (record.status === 'activist') return 'activist';
  if (record.status === 'candidate') return 'candidate';
  if (record.status === 'probationary') return 'approval';
  return null;
}

/** A form opened on a case starts from today and from what the case is waiting for. */
export function draftForCase(record: Pick<CaseRecord, 'currentStep' | 'status'>, today: Date): StepDraft {
  return { ...emptyDraft(today), filing: filingFor(record) };
}

/**
 * What is missing or inconsistent before `type` can be sent, field by field. The service checks
 * the same and more; this spares a round trip and points at the field.
 */
export function stepDraftProblems(type: StepType, draft: StepDraft): StepDraftProblems {
  const problems: StepDraftProblems = {};
  const shape = STEP_SHAPES[type];
  const blank = (value: string) => value.trim() === '';
  const need = (field: StepDraftField, missing: boolean, key: MessageKey = 'common.required') => {
    if (missing && !problems[field]) problems[field] = key;
  };
  need('date', shape.date && !draft.date);
  need('note', shape.note === 'required' && blank(draft.note));
  need('files', shape.files === 'required' && draft.files.length === 0, 'dev.need.files');
  need('reason', shape.reason && draft.reason.trim().length < 2, 'dev.need.reason');
  switch (type) {
    case 'talk':
    case 'approval_talk':
      need('talker', draft.talker.length === 0);
      break;
    case 'decide_activist':
      need('recommendedBy', draft.recommendedBy.length === 0);
      break;
    case 'file':
      need('filing', !draft.filing);
      break;
    case 'assign_mentors':
      need('nominees', draft.nominees.length < 1 || draft.nominees.length > 2, 'dev.need.mentors');
      break;
    case 'fix_sponsors':
      need('nominees', draft.nominees.length !== 2, 'dev.need.sponsors');
      break;
    case 'decide_candidate':
      if (draft.publicNotice) {
        need('noticeFrom', !draft.noticeFrom);
        need('noticeTo', !draft.noticeTo);
        const from = toLocalDate(draft.noticeFrom);
        const to = toLocalDate(draft.noticeTo);
        need('noticeTo', !!from && !!to && to < from, 'dev.need.noticeOrder');
      }
      break;
    case 'political_review':
    case 'pre_review_result':
    case 'approval_decision':
    case 'conversion_decision':
      need('passed', draft.passed === null);
      break;
    case 'concentrated_training': {
      need('from', !draft.from);
      const from = toLocalDate(draft.from);
      const to = toLocalDate(draft.date);
      need('from', !!from && !!to && to < from, 'dev.need.trainingOrder');
      need('days', draft.days === null);
      need('hours', draft.hours === null);
      need('provider', blank(draft.provider));
      break;
    }
    case 'admission_meeting':
    case 'conversion_meeting': {
      const problem = voteDraftProblem(draft.vote);
      if (problem) problems.vote = problem;
      if (type === 'conversion_meeting')
        need('extensionMonths', draft.resolution === 'extend' && !draft.extensionMonths);
      break;
    }
    case 'placement':
      need('partyGroup', blank(draft.partyGroup));
      break;
    case 'oath':
      need('heldBy', !draft.heldBy);
      break;
    case 'archive':
      need('items', draft.items.filter((i) => !blank(i)).length === 0);
      break;
    case 'evidence':
      need('step', draft.step === null);
      break;
    case 'transfer':
      need('toOrgId', !draft.toOrgId);
      break;
    case 'transfer_out':
      need('to', blank(draft.to));
      break;
    case 'replace_mentor':
    case 'replace_sponsor':
      need('replaces', !draft.replaces);
      need('nominees', draft.nominees.length !== 1);
      break;
    case 'direct_admission':
      need('authority', draft.authority.trim().length < 2, 'dev.need.reason');
      break;
    default:
      break;
  }
  return problems;
}

const fileRefs = (files: readonly StoredFile[]): FileRef[] =>
  files.map(({ id, name, sha256 }) => ({ id, name, sha256 }));

const nominated = (person: PersonRef): NominatedMember => ({ personId: person.personId });

/** The step as the service takes it, from a draft that `stepDraftProblems` found complete. */
export function buildStep(type: StepType, draft: StepDraft): CaseStepInput | MigratedStepInput {
  const date = toLocalDate(draft.date) ?? '';
  const note = draft.note.trim();
  const files = fileRefs(draft.files);
  const reason = draft.reason.trim();
  const on = { date, note, files };
  switch (type) {
    case 'talk':
    case 'approval_talk':
      return { type, ...on, talker: draft.talker[0]! };
    case 'decide_activist':
      return { type, ...on, recommendedBy: draft.recommendedBy };
    case 'not_chosen':
      return { type, date, reason, reconsiderOn: toLocalDate(draft.reconsiderOn), files };
    case 'file':
      return { type, ...on, filing: draft.filing! };
    case 'assign_mentors':
      return { type, ...on, mentors: draft.nominees.map(nominated) };
    case 'assessment':
    case 'thought_report':
    case 'application_form':
    case 'conversion_application':
      return { type, ...on };
    case 'decide_candidate':
      return {
        type,
        ...on,
        opinionsHeard: { ...draft.opinionsHeard },
        publicNotice: draft.publicNotice
          ? {
              from: toLocalDate(draft.noticeFrom)!,
              to: toLocalDate(draft.noticeTo)!,
              objections: draft.objections.trim(),
            }
          : null,
      };
    case 'fix_sponsors':
      return { type, ...on, sponsors: draft.nominees.map(nominated) };
    case 'political_review':
      return { type, ...on, passed: draft.passed! };
    case 'concentrated_training':
      return {
        type,
        ...on,
        from: toLocalDate(draft.from)!,
        days: draft.days ?? 0,
        hours: draft.hours ?? 0,
        provider: draft.provider.trim(),
      };
    case 'committee_review':
      return {
        type,
        ...on,
        leavingOn: toLocalDate(draft.leavingOn),
        exceptionReason: draft.exceptionReason.trim() || null,
      };
    case 'admission_meeting':
      return { type, ...on, vote: voteCounts(draft.vote) };
    case 'conversion_meeting':
      return {
        type,
        ...on,
        resolution: draft.resolution,
        extensionMonths: draft.resolution === 'extend' ? draft.extensionMonths : null,
        vote: voteCounts(draft.vote),
      };
    case 'submit_approval':
    case 'submit_conversion_approval':
      return { type, note, files, lateReason: draft.lateReason.trim() || null };
    case 'placement':
      return { type, ...on, partyGroup: draft.partyGroup.trim() };
    case 'oath':
      return { type, ...on, heldBy: draft.heldBy! };
    case 'archive':
      return {
        type,
        ...on,
        location: draft.location,
        items: draft.items.map((i) => i.trim()).filter((i) => i !== ''),
      };
    case 'evidence':
      return { type, step: draft.step!, note, files };
    case 'transfer':
      return { type, date, toOrgId: draft.toOrgId!, reason };
    case 'transfer_out':
      return { type, date, to: draft.to.trim(), reason };
    case 'replace_mentor':
      return { type, date, replaces: draft.replaces!, mentor: nominated(draft.nominees[0]!), reason };
    case 'replace_sponsor':
      return { type, date, replaces: draft.replaces!, sponsor: nominated(draft.nominees[0]!), reason };
    case 'withdraw':
    case 'drop':
      return { type, date, reason, files };
    case 'redo_admission':
      return { type, date, reason };
    case 'direct_admission':
      return { type, date, authority: draft.authority.trim(), reason, files };
    case 'pre_review_result':
      return { type, ...on, passed: draft.passed! };
    case 'conversion_decision':
    case 'approval_decision':
      return { type, ...on, approved: draft.passed!, lateReason: draft.lateReason.trim() || null };
  }
}

/** Where a problem the service names belongs: `step.vote.present` to the vote, `sponsors.1` to the nominees. */
export function draftFieldOf(field: string): StepDraftField | null {
  const parts = field.split('.');
  // A case action's fields sit under `step`, a paper record's under `steps.<n>`.
  if (parts[0] === 'step' && parts.length > 1) parts.shift();
  else if (parts[0] === 'steps') parts.splice(0, 2);
  const head = parts[0] ?? '';
  const aliases: Record<string, StepDraftField> = {
    mentors: 'nominees',
    sponsors: 'nominees',
    mentor: 'nominees',
    sponsor: 'nominees',
    approved: 'passed',
  };
  if (head in aliases) return aliases[head]!;
  if (head === 'publicNotice') return parts[1] === 'to' ? 'noticeTo' : 'noticeFrom';
  const known = Object.keys(emptyDraft()) as StepDraftField[];
  return known.includes(head as StepDraftField) ? (head as StepDraftField) : null;
}
