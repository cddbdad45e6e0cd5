import { identityActivities } from '@bastion/identity-workflows';
import type { RectificationLocalActivities } from '@bastion/rectification-contracts';
import { localActivities } from '@bastion/workflow-kit';

/** What the item and batch workflows share: their activities (clock, refusals and sign-offs: `@bastion/workflow-kit`). */

export const local = localActivities<RectificationLocalActivities>();

export const identity = identityActivities('10 minutes');
