import type { PersonRef } from '@bastion/approvals-contracts';
import type { OpenCaseInput } from '@bastion/development-contracts';
import { type MessageKey, type StoredFile, toLocalDate } from '@bastion/console-ui';

/** A written application as typed (step 1): who, the branch that received it, when, and the letter. */
export interface ApplicationDraft {
  person: PersonRef[];
  orgId: string | null;
  date: Date | null;
  note: string;
  files: StoredFile[];
}

/** The fields of an application the console checks before sending: who, and when. */
export type ApplicationField = 'person' | 'date';

export function emptyApplication(): ApplicationDraft {
  return { person: [], orgId: null, date: null, note: '', files: [] };
}

/** What the application still lacks, for a new case and a paper record alike. */
export function applicationMissing(
  application: ApplicationDraft,
): Partial<Record<ApplicationField, MessageKey>> {
  return {
    ...(application.person.length ? {} : { person: 'common.required' }),
    ...(application.date ? {} : { date: 'common.required' }),
  };
}

/** A complete application as the service takes it, for a new case and a paper record alike. */
export function buildApplication(application: ApplicationDraft): OpenCaseInput {
  return {
    personId: application.person[0]!.personId,
    ...(application.orgId ? { orgId: application.orgId } : {}),
    applicationDate: toLocalDate(application.date)!,
    note: application.note.trim(),
    files: application.files.map(({ id, name, sha256 }) => ({ id, name, sha256 })),
  };
}
