import approvalsErrors from './errors/approvals.json';
import authErrors from './errors/auth.json';
import clientErrors from './errors/client.json';
import commonErrors from './errors/common.json';
import developmentErrors from './errors/development.json';
import identityErrors from './errors/identity.json';
import rectificationErrors from './errors/rectification.json';
import type { ErrorMessages, Messages } from './message';
import approvalsNotificationTexts from './texts/approvals-notifications.json';
import approvalsRefusalTexts from './texts/approvals-refusals.json';
import approvalsServiceRefusalTexts from './texts/approvals-service-refusals.json';
import commonRefusalTexts from './texts/common-refusals.json';
import developmentComplianceTexts from './texts/development-compliance.json';
import developmentEntryTexts from './texts/development-entries.json';
import developmentRefusalTexts from './texts/development-refusals.json';
import developmentServiceRefusalTexts from './texts/development-service-refusals.json';
import developmentStepTexts from './texts/development-steps.json';
import developmentTimingTexts from './texts/development-timing.json';
import identityApprovalAuthorityTexts from './texts/identity-approval-authority.json';
import identityNameTexts from './texts/identity-names.json';
import identityRefusalTexts from './texts/identity-refusals.json';
import rectificationNameTexts from './texts/rectification-names.json';
import rectificationServiceRefusalTexts from './texts/rectification-service-refusals.json';
import recordNounTexts from './texts/record-nouns.json';

/** Every file's entries in one object, typed by all their keys (one key per file: the specs check it). */
type Merged<S> = (
  S[keyof S] extends infer F ? (F extends unknown ? (file: F) => void : never) : never
) extends (all: infer All) => void
  ? All
  : never;

function merged<S extends Readonly<Record<string, Messages>>>(sources: S): Merged<S> {
  return Object.assign({}, ...Object.values(sources)) as Merged<S>;
}

/**
 * Every refusal, by its stable code, with its texts and its one HTTP status. The catalogue is
 * data: each domain's codes are a JSON file in `errors/`, spread in here; a code appears once
 * (a spec checks it), so it has one status and one text everywhere.
 *
 * - `common`: the framework's refusals and those several procedures share (a stale record, one still being set up or ended);
 * - `auth`: signing in, sessions and passwords; `identity`: the organisation tree, people, membership, the holiday calendar;
 * - `approvals`: the sign-off engine, route templates, attachments; `rectification`: items, batches, imports;
 * - `development`: member development's steps, rules and sign-offs;
 * - `client`: failures a client meets without an answer (status 0), worded like every other refusal.
 */
export const errorSources = {
  common: commonErrors,
  auth: authErrors,
  identity: identityErrors,
  approvals: approvalsErrors,
  rectification: rectificationErrors,
  development: developmentErrors,
  client: clientErrors,
} as const satisfies Readonly<Record<string, ErrorMessages>>;

export const errorCatalogue = merged(errorSources);

/**
 * Every other text a service or the console shows by key, each topic a JSON file in `texts/`:
 *
 * - `development-steps`: member development's five stages and 25 steps (《中国共产党发展党员工作细则》),
 *   who acts at each, the articles cited, a case's statuses, clocks and sign-offs;
 * - `development-timing`: the rule beside a step still to take, and the rule each clock runs by;
 * - `development-entries`: what an entry of a case records, by its kind;
 * - `development-compliance`: the compliance report's 19 rules (article, rule), the pieces an
 *   explanation is written from (rendered one after the other, so a piece that adds to another
 *   begins with its own separator) and what each date of a check is;
 * - `approvals-notifications`: the bell's titles and texts (`{title}` is a document's, quoted);
 * - `approvals-refusals`, `development-refusals`: why a rule refuses an action, the reason a
 *   refusal carries beside its code (`ruleRefusal`), and the pieces such a reason names (a role,
 *   a step, a vote's inconsistencies);
 * - `identity-approval-authority`: why an organisation may not approve admissions;
 * - `identity-names`: the organisation kinds, the roles (offices and membership) and the kinds of party discipline;
 * - `rectification-names`: an item's stages, actions, sign-offs, ladder, paper-record steps,
 *   categories and seriousness, the sources of findings, a batch's statuses and the notes a batch
 *   writes by itself (read back from the Chinese recorded histories hold, `readText`);
 * - `record-nouns`: what a service could not find (`record.not_found` naming a `record.noun.*`);
 * - `common-refusals`, `identity-refusals`, `approvals-service-refusals`,
 *   `development-service-refusals`, `rectification-service-refusals`: a service's own reason for
 *   a refusal, beside its code (`new IdentityError(code, composedText(key, params), …)`): the
 *   answer words it in the caller's language, and a sentence with no key reaches only a caller
 *   of its own language.
 */
export const textSources = {
  developmentSteps: developmentStepTexts,
  developmentTiming: developmentTimingTexts,
  developmentEntries: developmentEntryTexts,
  developmentCompliance: developmentComplianceTexts,
  developmentRefusals: developmentRefusalTexts,
  identityApprovalAuthority: identityApprovalAuthorityTexts,
  identityNames: identityNameTexts,
  approvalsNotifications: approvalsNotificationTexts,
  approvalsRefusals: approvalsRefusalTexts,
  rectificationNames: rectificationNameTexts,
  recordNouns: recordNounTexts,
  commonRefusals: commonRefusalTexts,
  identityRefusals: identityRefusalTexts,
  approvalsServiceRefusals: approvalsServiceRefusalTexts,
  developmentServiceRefusals: developmentServiceRefusalTexts,
  rectificationServiceRefusals: rectificationServiceRefusalTexts,
} as const satisfies Readonly<Record<string, Messages>>;

export const textCatalogue = merged(textSources);

export type ErrorCode = keyof typeof errorCatalogue;
export type TextKey = keyof typeof textCatalogue;

/** The records a service may fail to find, each named by a `record.noun.*` text. */
export type RecordNoun = TextKey extends infer K ? (K extends `record.noun.${infer N}` ? N : never) : never;
