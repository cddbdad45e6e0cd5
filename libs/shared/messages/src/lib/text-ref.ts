import { type TextKey, textCatalogue } from './catalogue';
import type { Language, MessageParams } from './message';
import { render } from './render';

/** A text of the catalogue by key, with what fills its placeholders: what a service sends. */
export interface TextRef {
  readonly key: TextKey;
  readonly params?: MessageParams;
}

export const textRef = (key: TextKey, params?: MessageParams): TextRef =>
  params ? { key, params } : { key };

/**
 * What fills a composed text's placeholder: a figure, a date or a name as it is; another text of
 * the catalogue (a status, a step, a role) given in the same language, or a list of them rendered
 * one after the other (so an item that follows another begins with its own separator); or
 * nothing (null), which leaves the placeholder as written.
 */
export type TextParam = string | number | null | ComposedTextRef | readonly ComposedTextRef[];
export type TextParams = Readonly<Record<string, TextParam>>;

/** A text of the catalogue whose placeholders may take other texts of it (a rule's reason naming a status or steps). */
export interface ComposedTextRef {
  readonly key: TextKey;
  readonly params?: TextParams;
}

export const composedText = (key: TextKey, params?: TextParams): ComposedTextRef =>
  params ? { key, params } : { key };

/** Whether a value is a text of the catalogue by key (a value read at run time, from another process). */
export function isTextRef(value: unknown): value is ComposedTextRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string' &&
    Object.prototype.hasOwnProperty.call(textCatalogue, (value as { key: string }).key)
  );
}

function filled(params: TextParams | undefined, language: Language): MessageParams {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value === null) continue;
    if (Array.isArray(value))
      out[name] = value.map((ref: ComposedTextRef) => renderText(ref, language)).join('');
    else if (typeof value === 'object') out[name] = renderText(value as ComposedTextRef, language);
    else out[name] = value as string | number;
  }
  return out;
}

/** The text in the language; a key the catalogue lacks comes back as it is, so the gap shows. */
export function renderText(ref: ComposedTextRef, language: Language): string {
  const message = (textCatalogue as Record<string, { zh: string; en: string } | undefined>)[ref.key];
  return message ? render(message, language, filled(ref.params, language)) : ref.key;
}

/**
 * A sentence written earlier from the catalogue's `key` in `language` (a note a workflow stored as
 * text), read back into the text and its params, so it can be given in another language;
 * undefined when the sentence was not written from that key.
 */
export function readText(key: TextKey, language: Language, written: string): TextRef | undefined {
  const template = language === 'zh-CN' ? textCatalogue[key].zh : textCatalogue[key].en;
  const names: string[] = [];
  const pattern = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const placeholder = /^\{(\w+)\}$/.exec(part);
      if (!placeholder) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(placeholder[1]!);
      return '(.+?)';
    })
    .join('');
  const match = new RegExp(`^${pattern}$`, 's').exec(written);
  if (!match) return undefined;
  return textRef(key, Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])));
}

/** Pieces of one text (an explanation written from several), rendered one after the other. */
export const renderTexts = (refs: readonly TextRef[], language: Language): string =>
  refs.map((ref) => renderText(ref, language)).join('');
