import { type TextKey, textCatalogue } from './catalogue';
import type { Language, MessageParams } from './message';
import { render } from './render';

/** A text of the catalogue by key, with what fills its placeholders: what a service sends. */
export interface TextRef {
  readonly key: TextKey;
  readonly params?: MessageParams;
}

export const textRef = (key: TextKey, params?: MessageParams): TextRef => (params ? { key, params } : { key });

/** The text in the language; a key the catalogue lacks comes back as it is, so the gap shows. */
export function renderText(ref: TextRef, language: Language): string {
  const message = (textCatalogue as Record<string, { zh: string; en: string } | undefined>)[ref.key];
  return message ? render(message, language, ref.params) : ref.key;
}

/** Pieces of one text (an explanation written from several), rendered one after the other. */
export const renderTexts = (refs: readonly TextRef[], language: Language): string =>
  refs.map((ref) => renderText(ref, language)).join('');
