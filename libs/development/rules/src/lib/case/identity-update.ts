import type { RecordDevelopmentInput } from '@bastion/identity-contracts';
import type { CaseRecord } from '@bastion/development-contracts';

/** What the identity service should hold for the person, as the case stands. */
export function identityRecordOf(record: CaseRecord): RecordDevelopmentInput {
  const personId = record.person.personId;
  switch (record.status) {
    case 'applicant':
    case 'activist':
    case 'candidate':
      return { personId, stage: record.status };
    case 'probationary':
      return {
        personId,
        stage: null,
        membership: { status: 'probationary', admissionDate: record.dates.admissionMeeting!, standingDate: null },
      };
    case 'full':
      return {
        personId,
        stage: null,
        membership: { status: 'full', admissionDate: record.dates.admissionMeeting!, standingDate: record.dates.standing },
      };
    case 'cancelled':
      return { personId, stage: null, membership: null };
    default:
      // Withdrawn, dropped, not accepted, transferred out: no stage; a membership never existed.
      return { personId, stage: null };
  }
}

/** The identity write a change of the case calls for, or null when the person's record is unchanged. */
export function identityUpdateFor(before: CaseRecord | null, after: CaseRecord): RecordDevelopmentInput | null {
  const next = identityRecordOf(after);
  if (before && JSON.stringify(identityRecordOf(before)) === JSON.stringify(next)) return null;
  return next;
}
