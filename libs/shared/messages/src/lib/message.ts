/** The two languages every text exists in; zh-CN is the default for a caller that names none. */
export const languages = ['zh-CN', 'en-US'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'zh-CN';

/** What a text names (a person, a date, a count), filled into its `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * One text of the catalogue in both languages. `{name}` placeholders take the params of the
 * same name; both languages use the same placeholders (a spec checks it).
 */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

/** A refusal or error: its texts and the one HTTP status it has in every service. */
export interface ErrorMessage extends Message {
  readonly status: number;
}

export type Messages = Readonly<Record<string, Message>>;
export type ErrorMessages = Readonly<Record<string, ErrorMessage>>;
