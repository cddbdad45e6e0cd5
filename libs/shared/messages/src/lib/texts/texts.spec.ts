import { textCatalogue, textSources } from '../catalogue';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// Proper names and document titles are quoted: “…”, 《…》, 「…」 or "…".
const unquoted = (text: string) => text.replace(/“[^”]*”|《[^》]*》|「[^」]*」|"[^"]*"/g, '');
const chinese = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const latin = /[A-Za-z]/;
const texts = Object.entries(textCatalogue);

describe('every text of the catalogue', () => {
  it.each(texts)('%s is written in both languages', (_key, message) => {
    expect(message.zh.trim()).not.toBe('');
    expect(message.en.trim()).not.toBe('');
  });

  it.each(texts)('%s names the same placeholders in both languages', (_key, message) => {
    expect(placeholders(message.en)).toEqual(placeholders(message.zh));
  });

  it.each(texts)('%s has no Chinese in English but inside quotes', (_key, message) => {
    expect(unquoted(message.en)).not.toMatch(chinese);
  });

  it.each(texts)('%s has no English in Chinese but its placeholders', (_key, message) => {
    expect(message.zh.replace(/\{\w+\}/g, '')).not.toMatch(latin);
  });
});

describe('the files of the catalogue', () => {
  it('hold each key once, so no file silently overrides another', () => {
    const keys = Object.values(textSources).flatMap((texts) => Object.keys(texts));
    expect(keys.length).toBe(new Set(keys).size);
    expect(keys.sort()).toEqual(Object.keys(textCatalogue).sort());
  });
});
