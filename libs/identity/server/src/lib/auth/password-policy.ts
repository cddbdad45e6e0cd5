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

/**
 * The password rules (ASVS level 2): at least 8 characters, at most 128, any characters allowed
 * and no composition rules, not a known common password, not guessable from the user's own
 * name. Returns every problem, empty when the password is acceptable.
 */
export function passwordProblems(password: string, userInputs: string[] = []): string[] {
  const common = ensureLoaded();
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push(`must be at least ${PASSWORD_MIN_LENGTH} characters`);
  if (length > PASSWORD_MAX_LENGTH) problems.push(`must be at most ${PASSWORD_MAX_LENGTH} characters`);
  if (problems.length) return problems;
  const lower = password.toLowerCase();
  if (common.has(lower)) return ['is a commonly used password'];
  if (userInputs.some((input) => input && lower.includes(input.toLowerCase()) && input.length >= 3)) {
    return ['must not contain your user name or name'];
  }
  if (zxcvbn(password, userInputs).score < MIN_STRENGTH) problems.push('is too easy to guess');
  return problems;
}
