import type { ComplianceCheck, TimelineStep } from '@bastion/development-contracts';
import { type Language, renderText, renderTexts } from '@bastion/messages';

/**
 * A view's rule texts rendered in the language, beside the keys the console renders itself: the
 * compliance checks' article, rule and explanation, and the rule behind each step's timing.
 */
export function inLanguage<V extends { timeline: TimelineStep[]; compliance: ComplianceCheck[] }>(
  view: V,
  language: Language,
) {
  return {
    ...view,
    timeline: view.timeline.map((step) => ({
      ...step,
      ruleText: step.rule ? renderText(step.rule, language) : null,
    })),
    compliance: view.compliance.map((check) => ({
      ...check,
      text: {
        article: renderText(check.article, language),
        rule: renderText(check.rule, language),
        detail: renderTexts(check.detail, language),
      },
    })),
  };
}
