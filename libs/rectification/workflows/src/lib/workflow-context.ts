import { identityActivities } from '@bastion/identity-workflows';
import type { RectificationLocalActivities } from '@bastion/rectification-contracts';
import { type CalendarSources, localActivities } from '@bastion/workflow-kit';

/** What the item and batch workflows share: their activities (clock, refusals and sign-offs: `@bastion/workflow-kit`). */

export const local = localActivities<RectificationLocalActivities>();

export const identity = identityActivities('10 minutes');

/** Where the workflows take their holiday calendar from (see `loadWorkingCalendar`). */
export const calendarSources: CalendarSources = {
  administered: () => identity.holidayCalendar(),
  local: () => local.holidayCalendar(),
};
