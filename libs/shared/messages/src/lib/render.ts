import { defaultLanguage, languages, type Language, type Message, type MessageParams } from './message';

/** The text in the language, its placeholders filled; a placeholder without a param stays as written. */
export function render(message: Message, language: Language, params: MessageParams = {}): string {
  const text = language === 'zh-CN' ? message.zh : message.en;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/**
 * The caller's language from an `Accept-Language` header: the first listed (by quality) that the
 * catalogue has, matched on the primary tag (`en-GB` reads English); zh-CN when none matches.
 */
export function languageFrom(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) return defaultLanguage;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      return { tag: tag.trim().toLowerCase(), quality: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    const found = languages.find((language) => language.toLowerCase().split('-')[0] === primary);
    if (found) return found;
  }
  return defaultLanguage;
}
