import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
const MIN_STRENGTH = 2;

let commonPasswords: Set<string> | undefined;

function ensureLoaded(): Set<string> {
  if (!commonPasswords) {
    zxcvbnOptions.setOptions({ dictionary, graphs: adjacencyGraphs });
    commonPasswords = new Set(dictionary.passwords.map((p) => p.toLowerCase()));
  }
  return commonPasswords;
}

/** How many passwords the common-password list holds (ASVS asks for at least the top 3,000). */
export function commonPasswordCount(): number {
  return ensureLoaded().size;
}

/**
 * Words of this system no password may contain: the product's name and the demo password, which
 * is printed in the README. The organisation names of the tree are added by the caller.
 */
export const SYSTEM_WORDS: readonly string[] = ['bastion', 'demo@2026', 'demo2026'];

export type PasswordRefusalCode = 'WEAK_PASSWORD' | 'COMMON_PASSWORD' | 'SYSTEM_WORD_PASSWORD';

export interface PasswordRefusal {
  code: PasswordRefusalCode;
  problems: string[];
}

export interface PasswordContext {
  /** The user's own user name and names. */
  userInputs?: string[];
  /** Words of this system beside `SYSTEM_WORDS`, e.g. the organisation names. */
  systemWords?: string[];
}

/** A word long enough to be worth refusing: three letters, or two CJK characters. */
function meaningful(word: string): boolean {
  const length = [...word].length;
  return length >= 3 || (length >= 2 && /\P{ASCII}/u.test(word));
}

/**
 * The password rules (ASVS level 2): at least 8 characters, at most 128, any characters allowed
 * and no composition rules, not on the list of common passwords, not built on a word of this
 * system (its name, an organisation's name, the demo password), not guessable from the user's own
 * name. Returns why the password is refused, or null when it is acceptable.
 */
export function passwordRefusal(password: string, context: PasswordContext = {}): PasswordRefusal | null {
  const common = ensureLoaded();
  const userInputs = context.userInputs ?? [];
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push(`must be at least ${PASSWORD_MIN_LENGTH} characters`);
  if (length > PASSWORD_MAX_LENGTH) problems.push(`must be at most ${PASSWORD_MAX_LENGTH} characters`);
  if (problems.length) return { code: 'WEAK_PASSWORD', problems };
  const lower = password.toLowerCase();
  if (common.has(lower)) return { code: 'COMMON_PASSWORD', problems: ['is a commonly used password'] };
  const systemWords = [...SYSTEM_WORDS, ...(context.systemWords ?? [])];
  if (systemWords.some((word) => meaningful(word) && lower.includes(word.toLowerCase())))
    return { code: 'SYSTEM_WORD_PASSWORD', problems: ['must not contain a name or word of this system'] };
  if (userInputs.some((input) => input && lower.includes(input.toLowerCase()) && input.length >= 3)) {
    return { code: 'WEAK_PASSWORD', problems: ['must not contain your user name or name'] };
  }
  if (zxcvbn(password, [...userInputs, ...systemWords]).score < MIN_STRENGTH)
    return { code: 'WEAK_PASSWORD', problems: ['is too easy to guess'] };
  return null;
}

/** Every problem of a password, empty when it is acceptable. */
export function passwordProblems(password: string, userInputs: string[] = []): string[] {
  return passwordRefusal(password, { userInputs })?.problems ?? [];
}
