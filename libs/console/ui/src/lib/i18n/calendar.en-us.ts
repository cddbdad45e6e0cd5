import type { calendarZhCN } from './calendar.zh-cn';

/** The holiday calendar page and the warning to add a year: English texts; keys must match the Chinese. */
export const calendarEnUS: Record<keyof typeof calendarZhCN, string> = {
  'menu.calendar': 'Holiday calendar',

  'calendar.title': 'Holiday calendar',
  'calendar.intro':
    "Each year's official arrangement as the State Council publishes it: every day off of each holiday (weekends included) and the weekend days declared working days. The shipped years are defaults you may correct; every working-day deadline is counted on this calendar.",
  'calendar.missing':
    'No holiday data for {years}: deadlines in that year count Monday to Friday and are marked provisional. Please add the year.',
  'calendar.missingShort': 'No holiday data for {years}: deadlines there are provisional.',
  'calendar.goAdd': 'Add it',
  'calendar.addYear': 'Add a year',
  'calendar.col.year': 'Year',
  'calendar.col.origin': 'Origin',
  'calendar.col.holidays': 'Days off',
  'calendar.col.makeUp': 'Make-up days',
  'calendar.col.notice': 'Notice',
  'calendar.col.updated': 'Changed',
  'calendar.origin.shipped': 'Shipped',
  'calendar.origin.overridden': 'Corrected',
  'calendar.origin.added': 'Added',
  'calendar.provisional': 'Provisional',
  'calendar.days': '{n} d',
  'calendar.edit': 'Edit',
  'calendar.reset': 'Restore default',
  'calendar.remove': 'Delete',
  'calendar.resetConfirm':
    'Undo the changes to {year}? A shipped year goes back to the shipped data; an added year is deleted.',
  'calendar.editorTitle': 'Arrangement for {year}',
  'calendar.field.year': 'Year',
  'calendar.field.holidays': 'Days off (one per line: date, Chinese name, English name)',
  'calendar.field.makeUp': 'Make-up working days (one date per line, a Saturday or Sunday)',
  'calendar.field.provisional': 'Provisional (no official notice yet)',
  'calendar.field.source': 'Title and number of the notice',
  'calendar.lineProblem': 'Line {line} is not in the expected form: {text}',
  'calendar.saved': 'The arrangement for {year} is saved',
  'calendar.wasReset': '{year} is restored',
  'calendar.provisionalDeadline': 'Provisional',
  'calendar.provisionalHint':
    'This deadline falls in a year without holiday data: it counts Monday to Friday and may move once an administrator adds the year.',
};
