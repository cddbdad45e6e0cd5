import type { RuleSet } from '@bastion/development-contracts';

/**
 * The version of the rules that governs a step taken on `date`: the latest whose effective date
 * is on or before it. A step dated before every version takes the oldest (paper records older
 * than the installation's first version).
 */
export function ruleSetOn(ruleSets: readonly RuleSet[], date: string): RuleSet {
  if (ruleSets.length === 0) throw new Error('A case needs at least one rule set');
  let governing = ruleSets[0];
  for (const set of ruleSets) if (set.effectiveFrom <= date && set.effectiveFrom >= governing.effectiveFrom) governing = set;
  return governing;
}
