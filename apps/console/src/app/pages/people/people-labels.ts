import type { MembershipStatus, SanctionKind } from '@bastion/identity-contracts';
import type { MessageKey } from '@bastion/console-ui';

export const STATUS_FILTERS = ['full', 'probationary', 'member', 'none'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const statusLabel = (status: StatusFilter): MessageKey => `people.status.${status}`;

export const statusColour = (status: MembershipStatus | null): string =>
  status === 'full' ? 'red' : status === 'probationary' ? 'orange' : 'default';

export const genderLabel = (gender: 'male' | 'female'): MessageKey => `people.gender.${gender}`;

export const sanctionKindLabel = (kind: SanctionKind): MessageKey => `discipline.kind.${kind}` as MessageKey;
