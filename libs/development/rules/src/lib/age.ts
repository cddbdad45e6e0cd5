import { localDateParts, parseLocalDate as day } from '@bastion/calendar';
import type { Refusal, RuleSet } from '@bastion/development-contracts';
import { breach } from './rule-refusal';

/** Full years of age on `date`; a person born on 29 February turns a year older on 1 March in common years. */
export function ageOn(birthDate: string, date: string): number {
  const born = localDateParts(day(birthDate));
  const on = localDateParts(day(date));
  const hadBirthday = on.month > born.month || (on.month === born.month && on.day >= born.day);
  return on.year - born.year - (hadBirthday ? 0 : 1);
}

/**
 * 第五条: the applicant is at least 18 on the application date. Without a recorded birth date the
 * application cannot be checked and is refused, so that the record is completed first.
 */
export function applicantRefusal(
  person: { birthDate: string | null },
  applicationDate: string,
  rules: RuleSet,
): Refusal | null {
  const minimum = rules.fixed.minimumAge;
  if (!person.birthDate) return breach('no_birth_date');
  const age = ageOn(person.birthDate, applicationDate);
  if (age < minimum) return breach('too_young', { minimum, age });
  return null;
}

/** Whether the league's recommendation (推优) is asked of this person on `date` under the committee's settings. */
export function leagueRecommendationNeeded(birthDate: string | null, date: string, rules: RuleSet): boolean {
  if (!rules.settings.leagueRecommendationUnder28 || !birthDate) return false;
  return ageOn(birthDate, date) < 28;
}
