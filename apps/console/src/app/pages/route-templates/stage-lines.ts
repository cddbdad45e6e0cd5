import { type InlineControl, inlineChoice } from './inline-controls.component';

/*
 * The lines of compact controls in a stage's editor: how a shared decision counts, the time
 * allowed, the reminder before it runs out, and what happens when it does.
 */

const EXPIRIES = ['remind', 'escalate', 'auto_approve', 'auto_reject'] as const;
const reminding = (v: Readonly<Record<string, unknown>>) => v['expiry'] === 'remind';
const limited = (v: Readonly<Record<string, unknown>>) => !!v['limited'];

/** How a shared decision counts: at least so many, or a percentage, of those asked. */
export const SHARE: readonly InlineControl[] = [
  inlineChoice('shareBy', 'editor.shareBy', '130px', {
    atLeast: 'editor.shareAtLeast',
    percent: 'editor.sharePercent',
  }),
  {
    key: 'atLeast',
    kind: 'number',
    label: 'editor.shareAtLeast',
    min: 1,
    when: (v) => v['shareBy'] === 'atLeast',
  },
  {
    key: 'percent',
    kind: 'number',
    label: 'editor.sharePercent',
    min: 1,
    max: 100,
    when: (v) => v['shareBy'] !== 'atLeast',
  },
];

/** The time a stage allows, when it has a limit: so many working or calendar days. */
export const LIMIT: readonly InlineControl[] = [
  { key: 'limited', kind: 'switch', label: 'editor.timeLimit' },
  { key: 'limitAmount', kind: 'number', label: 'editor.limitAmount', min: 1, max: 365, when: limited },
  inlineChoice(
    'limitUnit',
    'editor.timeLimit',
    '130px',
    { working_days: 'editor.workingDays', calendar_days: 'editor.calendarDays' },
    { when: limited },
  ),
];

/** How long before the deadline the assignees are reminded. */
export const REMIND_BEFORE: readonly InlineControl[] = [
  { key: 'remindBefore', kind: 'number', label: 'editor.remindBefore', min: 0, max: 30 },
];

/** What happens on expiry; deciding by itself is offered only where the route's settings allow it. */
export function expiryLine(allowAutoDecision: boolean): InlineControl[] {
  return [
    {
      key: 'expiry',
      kind: 'select',
      label: 'editor.onExpiry',
      width: '180px',
      options: EXPIRIES.map((value) => ({
        value,
        label: `expiry.${value}` as const,
        disabled: value.startsWith('auto_') && !allowAutoDecision,
      })),
    },
    { key: 'remindTimes', kind: 'number', label: 'editor.remindTimes', min: 1, max: 10, when: reminding },
    { key: 'times', kind: 'hint', label: 'editor.times', when: reminding },
  ];
}
