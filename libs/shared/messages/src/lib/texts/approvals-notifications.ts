import type { Messages } from '../message';

/**
 * The bell: what a notification of the sign-off engine says about a request, its title and its
 * text. `{title}` is the request's own title (a document's, so quoted in both languages),
 * `{number}` its number; an urge may carry the urger's note.
 */
export const approvalsNotificationTexts = {
  'approvals.notification.task.title': { zh: '新的待办', en: 'New task' },
  'approvals.notification.task.text': { zh: '「{title}」（{number}）等待您审批。', en: '"{title}" ({number}) awaits your decision.' },
  'approvals.notification.delegated.title': { zh: '委派待办', en: 'Delegated task' },
  'approvals.notification.delegated.text': {
    zh: '「{title}」（{number}）委派给您办理。',
    en: '"{title}" ({number}) has been delegated to you.',
  },
  'approvals.notification.delegation_returned.title': { zh: '委派已办回', en: 'Delegation answered' },
  'approvals.notification.delegation_returned.text': {
    zh: '「{title}」（{number}）的被委派人已提出意见，请您决定。',
    en: 'The delegate on "{title}" ({number}) has given an opinion; the decision is yours.',
  },
  'approvals.notification.reminder.title': { zh: '审批即将到期', en: 'Due soon' },
  'approvals.notification.reminder.text': {
    zh: '「{title}」（{number}）即将到期，请及时处理。',
    en: '"{title}" ({number}) falls due soon; please deal with it in time.',
  },
  'approvals.notification.overdue.title': { zh: '审批已超期', en: 'Overdue' },
  'approvals.notification.overdue.text': {
    zh: '「{title}」（{number}）已超过办理期限，请尽快处理。',
    en: '"{title}" ({number}) is past its time limit; please deal with it now.',
  },
  'approvals.notification.escalated.title': { zh: '上级督办', en: 'Escalated' },
  'approvals.notification.escalated.text': {
    zh: '「{title}」（{number}）超期未办，已转由上级办理。',
    en: '"{title}" ({number}) was not dealt with in time and has passed to the level above.',
  },
  'approvals.notification.outcome.title': { zh: '审批结果', en: 'Outcome' },
  'approvals.notification.outcome.approved': { zh: '「{title}」（{number}）已审批通过。', en: '"{title}" ({number}) has been approved.' },
  'approvals.notification.outcome.rejected': { zh: '「{title}」（{number}）未获通过。', en: '"{title}" ({number}) was not approved.' },
  'approvals.notification.outcome.expired': {
    zh: '「{title}」（{number}）因超期未办而终止。',
    en: '"{title}" ({number}) ended: nobody acted in time.',
  },
  'approvals.notification.outcome.no_assignee': {
    zh: '「{title}」（{number}）因找不到审批人而终止。',
    en: '"{title}" ({number}) ended: nobody could be found to decide.',
  },
  'approvals.notification.outcome.withdrawn': { zh: '「{title}」（{number}）已撤回。', en: '"{title}" ({number}) has been withdrawn.' },
  'approvals.notification.outcome.other': {
    zh: '「{title}」（{number}）已结束（{outcome}）。',
    en: '"{title}" ({number}) has ended ({outcome}).',
  },
  'approvals.notification.urge.title': { zh: '催办', en: 'Reminder from the submitter' },
  'approvals.notification.urge.text': { zh: '「{title}」（{number}）请尽快办理。', en: 'Please deal with "{title}" ({number}) soon.' },
  'approvals.notification.urge.note': { zh: '「{title}」（{number}）：{note}', en: '"{title}" ({number}): {note}' },
  'approvals.notification.cc.title': { zh: '抄送', en: 'Copied to you' },
  'approvals.notification.cc.text': { zh: '「{title}」（{number}）抄送给您，请知悉。', en: '"{title}" ({number}) is copied to you for your information.' },
  'approvals.notification.returned.title': { zh: '请示被退回', en: 'Returned to you' },
  'approvals.notification.returned.text': {
    zh: '「{title}」（{number}）已退回给您，请修改后重新提交。',
    en: '"{title}" ({number}) has been returned to you; please revise and submit it again.',
  },
} as const satisfies Messages;
