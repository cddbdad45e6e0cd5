import type { CalendarYear, CalendarYearInput } from '@bastion/identity-contracts';

/** A year's arrangement as the editor shows it: one day off per line, one make-up day per line. */
export interface YearText {
  holidays: string;
  makeUpWorkdays: string;
}

/** A line the editor could not read, by its number (from 1) in its box. */
export interface LineProblem {
  field: 'holidays' | 'makeUpWorkdays';
  line: number;
  text: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function yearText(year: Pick<CalendarYear, 'holidays' | 'makeUpWorkdays'>): YearText {
  return {
    holidays: year.holidays.map((h) => `${h.date} ${h.name} ${h.nameEn}`).join('\n'),
    makeUpWorkdays: year.makeUpWorkdays.join('\n'),
  };
}

/**
 * Reads the editor's boxes: a day off is `date name English name` (the English name may hold
 * spaces), a make-up day a date alone; blank lines are skipped. Whether the dates belong to the
 * year and agree with each other is the service's to say.
 */
export function parseYearText(text: YearText): {
  input: Pick<CalendarYearInput, 'holidays' | 'makeUpWorkdays'>;
  problems: LineProblem[];
} {
  const problems: LineProblem[] = [];
  const lines = (box: string) =>
    box
      .split('\n')
      .map((line, i) => ({ line: i + 1, text: line.trim() }))
      .filter((l) => l.text !== '');
  const holidays = lines(text.holidays).flatMap(({ line, text: t }) => {
    const [date, name, ...english] = t.split(/\s+/);
    if (!date || !DATE.test(date) || !name || english.length === 0) {
      problems.push({ field: 'holidays', line, text: t });
      return [];
    }
    return [{ date, name, nameEn: english.join(' ') }];
  });
  const makeUpWorkdays = lines(text.makeUpWorkdays).flatMap(({ line, text: t }) => {
    if (!DATE.test(t)) {
      problems.push({ field: 'makeUpWorkdays', line, text: t });
      return [];
    }
    return [t];
  });
  return { input: { holidays, makeUpWorkdays }, problems };
}
