import { approvalsErrors } from './errors/approvals';
import { authErrors } from './errors/auth';
import { clientErrors } from './errors/client';
import { commonErrors } from './errors/common';
import { developmentErrors } from './errors/development';
import { identityErrors } from './errors/identity';
import { rectificationErrors } from './errors/rectification';
import type { ErrorMessages, Messages } from './message';
import { approvalsNotificationTexts } from './texts/approvals-notifications';
import { developmentComplianceTexts } from './texts/development-compliance';
import { developmentEntryTexts } from './texts/development-entries';
import { developmentStepTexts } from './texts/development-steps';
import { developmentTimingTexts } from './texts/development-timing';
import { rectificationNameTexts } from './texts/rectification-names';

/**
 * Every refusal, by its stable code. Each domain's codes live in `errors/<domain>.ts` and are
 * spread in here; a code appears once, so it has one status and one text everywhere.
 */
export const errorCatalogue = {
  ...commonErrors,
  ...authErrors,
  ...identityErrors,
  ...approvalsErrors,
  ...rectificationErrors,
  ...developmentErrors,
  ...clientErrors,
} as const satisfies ErrorMessages;

/**
 * Every other text a service or the console shows by key: rule texts, compliance explanations,
 * step and stage names, timeline entries, notifications. Each lives in `texts/<topic>.ts`.
 */
export const textCatalogue = {
  ...developmentStepTexts,
  ...developmentTimingTexts,
  ...developmentEntryTexts,
  ...developmentComplianceTexts,
  ...approvalsNotificationTexts,
  ...rectificationNameTexts,
} as const satisfies Messages;

export type ErrorCode = keyof typeof errorCatalogue;
export type TextKey = keyof typeof textCatalogue;
