import { z } from 'zod';

export const idSchema = z.uuid();

/**
 * The range of dates any field accepts. A birth date, a meeting or a deadline outside it is a typing
 * error, and one far outside it (year 0, 275760) breaks date arithmetic in the rules and workflows.
 */
export const DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;
export const DATE_RANGE_PROBLEM = `must be between ${DATE_RANGE.min} and ${DATE_RANGE.max}`;

// A value that is no date at all is named once, for its format, not again for its range.
const inRange = {
  error: DATE_RANGE_PROBLEM,
  when: (payload: { issues: unknown[] }) => payload.issues.length === 0,
};

export function isDateInRange(date: string): boolean {
  const day = date.slice(0, 10);
  return day >= DATE_RANGE.min && day <= DATE_RANGE.max;
}

/** A business date as the user enters it, Asia/Shanghai, `YYYY-MM-DD`, within DATE_RANGE. */
export const localDateSchema = z.iso.date().refine(isDateInRange, inRange);

/** An instant as a client sends it (ISO 8601 with offset), within DATE_RANGE. */
export const instantSchema = z.iso.datetime({ offset: true }).refine(isDateInRange, inRange);

/** Turns an absent or empty query-string flag into a boolean. */
export const queryBooleanSchema = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/** The answer to a create: the new record's id. */
export const createdSchema = z.object({ id: idSchema });
export type Created = z.infer<typeof createdSchema>;
