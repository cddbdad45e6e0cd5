import { DevelopmentErrorCode, type Refusal } from '@bastion/development-contracts';
import { composedText, type ComposedTextRef, ruleRefusal, type TextKey, type TextParams } from '@bastion/messages';

/** The reasons of the rule book: the catalogue's `development.refusal.<reason>` texts. */
export type ReasonKey = Extract<TextKey, `development.refusal.${string}`> extends `development.refusal.${infer K}` ? K : never;

/** A piece of a reason (a role, a step, a route), to fill another reason's placeholder. */
export const reasonPiece = (reason: ReasonKey, params?: TextParams): ComposedTextRef =>
  composedText(`development.refusal.${reason}`, params);

/**
 * A refusal with its reason by key: worded in Chinese, as the rule book states it, for logs and
 * histories, and in the caller's language at the end. `carried` are the figures a client reads
 * beside the reason (the code's own text takes them).
 */
export const refuse = (
  code: DevelopmentErrorCode,
  reason: ReasonKey,
  params?: TextParams,
  carried?: Readonly<Record<string, string | number | null>>,
): Refusal => ruleRefusal(code, reasonPiece(reason, params), 'zh-CN', carried);

/** A fixed or configured rule refuses it. */
export const breach = (reason: ReasonKey, params?: TextParams, carried?: Readonly<Record<string, string | number | null>>) =>
  refuse(DevelopmentErrorCode.RuleBreach, reason, params, carried);

/** The step is not the case's to take now. */
export const wrongStep = (reason: ReasonKey, params?: TextParams) => refuse(DevelopmentErrorCode.WrongStep, reason, params);
