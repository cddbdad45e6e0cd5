import { z } from 'zod';
import {
  attachedFilesSchema,
  idSchema,
  line,
  localDateSchema,
  noteSchema,
  personRefSchema,
  recordedOrgSchema,
} from '@bastion/shared-contracts';
import { sanctionFactsSchema } from '@bastion/identity-contracts';
import { migratedStepSchema } from './case-actions';
import { voterRollSchema } from './vote';
import { ruleSetSchema } from './rule-set';

export const DEVELOPMENT_TASK_QUEUE = 'development';

export const CASE_WORKFLOW = 'developmentCase';
/** A short workflow through which the HTTP layer asks the identity service what a step needs. */
export const IDENTITY_LOOKUP_WORKFLOW = 'developmentIdentityLookup';

/** One case per person: starting twice reaches the same case. */
export function caseWorkflowId(personId: string): string {
  return `development/${personId}`;
}

export const ACT_UPDATE = 'act';
/** Adds a newer version of the rules; steps from its effective date follow it. */
export const ADOPT_RULES_UPDATE = 'adoptRules';
export const STATE_QUERY = 'state';

export const personFactsSchema = z.strictObject({
  personId: idSchema,
  name: line.min(1).max(50),
  orgId: idSchema,
  membership: z.enum(['full', 'probationary']).nullable(),
  sanctions: z.array(sanctionFactsSchema).max(50).optional(),
});

export const caseInputSchema = z.strictObject({
  caseId: idSchema,
  person: z.strictObject({
    personId: idSchema,
    name: line.min(1).max(50),
    gender: z.enum(['male', 'female']),
    birthDate: localDateSchema.nullable(),
  }),
  org: recordedOrgSchema,
  approvingCommittee: z.strictObject({ id: idSchema, name: line }).nullable(),
  /** Every version that may govern the case, oldest first; a step follows the latest in effect on its date. */
  ruleSets: z.array(ruleSetSchema).min(1).max(20),
  openedBy: personRefSchema,
  application: z.strictObject({
    date: localDateSchema,
    note: noteSchema,
    files: attachedFilesSchema(30),
  }),
  /** A paper record: the steps already taken, with their real dates, applied in order. */
  migratedSteps: z.array(migratedStepSchema).max(200).default([]),
  /** Mentors and sponsors named by the migrated steps, as the identity service had them. */
  people: z.array(personFactsSchema).max(20).default([]),
  /** The applicant's party discipline on record (an expulsion bars a new application for five years). */
  sanctions: z.array(sanctionFactsSchema).max(50).optional(),
  /** For each branch meeting of the migrated steps: the branch's voters on its date, as the identity service counts them. */
  rolls: z.array(voterRollSchema).max(20).optional(),
  continueAfterEvents: z.int32().min(50).max(40_000).default(4_000),
});
export type CaseInput = z.infer<typeof caseInputSchema>;
export type CaseInputShape = z.input<typeof caseInputSchema>;

export interface CaseResult {
  caseId: string;
  status: string;
  closedOn: string | null;
}

/** What the HTTP layer may ask the identity service through the lookup workflow. */
export interface IdentityLookupInput {
  personIds?: string[];
  orgId?: string;
  voters?: { branchId: string; date: string };
}
