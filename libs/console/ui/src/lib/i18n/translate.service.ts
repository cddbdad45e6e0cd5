import { DOCUMENT } from '@angular/common';
import { inject, Injectable, signal } from '@angular/core';
import { en_US, NzI18nService, zh_CN } from 'ng-zorro-antd/i18n';
import { orgKindLabels, roleLabels, type OrgKind, type Role } from '@bastion/identity-contracts';
import { type ErrorCode, errorText, renderProblem } from '@bastion/messages';
import { ApiError } from '../api/api-error';
import { enUS } from './messages.en-us';
import { type MessageKey, zhCN } from './messages.zh-cn';

export const languages = ['zh-CN', 'en-US'] as const;
export type Language = (typeof languages)[number];

/** Where the chosen language is remembered between visits. */
export const LANGUAGE_KEY = 'bastion.lang';

const dictionaries: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };
const zorroLocales = { 'zh-CN': zh_CN, 'en-US': en_US } as const;

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Every text the console shows comes from here. The language is a signal, so templates and
 * computed values that translate re-render when the user switches.
 */
@Injectable({ providedIn: 'root' })
export class TranslateService {
  private readonly zorro = inject(NzI18nService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Language>(storedLanguage());

  readonly language = this.current.asReadonly();

  constructor() {
    this.apply(this.current());
  }

  use(language: Language): void {
    this.current.set(language);
    try {
      localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // Storage disabled: the choice lasts for this page only.
    }
    this.apply(language);
  }

  toggle(): void {
    this.use(this.current() === 'zh-CN' ? 'en-US' : 'zh-CN');
  }

  t(key: MessageKey, params?: MessageParams): string {
    const text = dictionaries[this.current()][key] ?? key;
    return params ? interpolate(text, params) : text;
  }

  /** Picks the text of a `{ zh, en }` label pair, as the contracts give role and kind names. */
  label(pair: { zh: string; en: string }): string {
    return this.current() === 'zh-CN' ? pair.zh : pair.en;
  }

  role(role: Role): string {
    return this.label(roleLabels[role]);
  }

  kind(kind: OrgKind): string {
    return this.label(orgKindLabels[kind]);
  }

  /** A user-facing sentence for a failed call: ours for known codes, else the service's own. */
  /**
   * A user-facing sentence for a failed call, by its code from the one catalogue of messages
   * (with the refusal's params filled in); the service's own sentence only for a code the
   * catalogue lacks.
   */
  error(error: unknown): string {
    const apiError = ApiError.from(error);
    return (
      errorText(apiError.code, this.current(), apiError.params) ??
      (apiError.message || this.refusal('UNKNOWN'))
    );
  }

  /** The catalogue's sentence for a refusal code, in the current language. */
  refusal(code: ErrorCode, params?: MessageParams): string {
    return errorText(code, this.current(), params) ?? code;
  }

  /** One field problem as the service stated it, in the user's language where the catalogue knows the phrase. */
  problem(problem: string): string {
    return renderProblem(problem, this.current());
  }

  /** Whether a key built at run time (an error or warning code) has a text. */
  has(key: string): key is MessageKey {
    return Object.prototype.hasOwnProperty.call(zhCN, key);
  }

  private apply(language: Language): void {
    this.zorro.setLocale(zorroLocales[language]);
    this.document.documentElement.lang = language;
  }
}

function interpolate(text: string, params: MessageParams): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    return (languages as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}
