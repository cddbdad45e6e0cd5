import type { Language, MessageParams } from './message';
import { type ComposedTextRef, isTextRef, renderText } from './text-ref';

/**
 * What a refusal names on its way from a rule to the caller: the figures and names its code's
 * text takes, and under `reason` the rule's own reason as a text of the catalogue. Carried among
 * the params, the reason passes every hop that carries them (a workflow failure's details, a
 * domain error) and is worded in the caller's language only at the end.
 */
export type RefusalParams = Readonly<Record<string, string | number | null | ComposedTextRef>>;

/** A rule's refusal: its code, its reason worded in the rule book's own language, and the reason by key. */
export interface RuleRefusal<C extends string = string> {
  code: C;
  /** The reason in the rule book's language: what logs and a reader of no key see. */
  message: string;
  params: RefusalParams;
}

export function ruleRefusal<C extends string>(
  code: C,
  reason: ComposedTextRef,
  language: Language,
  params: Readonly<Record<string, string | number | null>> = {},
): RuleRefusal<C> {
  return { code, message: renderText(reason, language), params: { ...params, reason } };
}

/** The reason a refusal's params carry, if it is a text of the catalogue. */
export function refusalReason(params: unknown): ComposedTextRef | undefined {
  const reason = typeof params === 'object' && params !== null ? (params as { reason?: unknown }).reason : undefined;
  return isTextRef(reason) ? reason : undefined;
}

/** The params a code's text takes: the figures and names, without the reason. */
export function codeParams(params: unknown): MessageParams {
  if (typeof params !== 'object' || params === null) return {};
  return Object.fromEntries(
    Object.entries(params).filter(([, value]) => typeof value === 'string' || typeof value === 'number'),
  ) as MessageParams;
}
