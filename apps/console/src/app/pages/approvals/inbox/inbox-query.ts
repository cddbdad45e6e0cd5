import type { InboxTab, Procedure } from '@bastion/approvals-contracts';
import type { InboxParams } from '@bastion/console-ui';

export const INBOX_TABS: readonly InboxTab[] = ['todo', 'done', 'cc', 'mine'];

/** What the inbox page holds: the tab, the filters as the user set them, and where the pager stands. */
export interface InboxState {
  tab: InboxTab;
  q: string;
  procedure: Procedure | null;
  orgId: string | null;
  overdueOnly: boolean;
  /** A calendar day picked in the browser; tasks due by the end of it. */
  dueBefore: Date | null;
  limit: number;
  cursor: string | null;
}

/** Filters that only make sense for open tasks of the caller's own. */
export const dueFiltersApply = (tab: InboxTab): boolean => tab === 'todo';

/**
 * The query string for a state: unset filters are left out, the due filters only go with the
 * 待办 tab (the others have no due date of the caller's), and a due day means its last instant.
 */
export function inboxQuery(state: InboxState): InboxParams {
  const query: InboxParams = { tab: state.tab, limit: state.limit };
  const q = state.q.trim();
  if (q) query.q = q;
  if (state.procedure) query.procedure = state.procedure;
  if (state.orgId) query.orgId = state.orgId;
  if (dueFiltersApply(state.tab)) {
    if (state.overdueOnly) query.overdue = 'true';
    if (state.dueBefore) query.dueBefore = endOfDay(state.dueBefore).toISOString();
  }
  if (state.cursor) query.cursor = state.cursor;
  return query;
}

function endOfDay(day: Date): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 23, 59, 59, 999);
}

/** Whether any filter narrows the list, so an empty result can say “nothing matches” instead of “nothing to do”. */
export function isFiltered(state: InboxState): boolean {
  return !!(
    state.q.trim() ||
    state.procedure ||
    state.orgId ||
    (dueFiltersApply(state.tab) && (state.overdueOnly || state.dueBefore))
  );
}
