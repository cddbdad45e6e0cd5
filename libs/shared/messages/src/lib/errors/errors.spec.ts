import { errorCatalogue, errorSources } from '../catalogue';
import { errorStatus, errorText } from './lookup';
import { fieldProblemsZh, renderProblem } from './problems';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const HAN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** Quoted proper names (“…”, "…", 《…》) may keep their Chinese in an English text. */
const withoutQuotedNames = (text: string) => text.replace(/“[^”]*”|"[^"]*"|《[^》]*》/g, '');

describe('the catalogue of refusals', () => {
  const entries = Object.entries(errorCatalogue);

  it('gives every code a text in both languages', () => {
    for (const [code, message] of entries) {
      expect([code, message.zh.trim().length > 0, message.en.trim().length > 0]).toEqual([code, true, true]);
    }
  });

  it('uses the same placeholders in both languages of a code', () => {
    for (const [code, message] of entries) {
      expect([code, placeholders(message.en)]).toEqual([code, placeholders(message.zh)]);
    }
  });

  it('has no Chinese in an English text but inside quoted names, and Chinese in every Chinese text', () => {
    for (const [code, message] of entries) {
      expect([code, HAN.test(withoutQuotedNames(message.en))]).toEqual([code, false]);
      expect([code, HAN.test(message.zh)]).toEqual([code, true]);
    }
  });

  it('holds each code in one file only, so a code has one status and one text everywhere', () => {
    const seen = new Map<string, string>();
    for (const [file, messages] of Object.entries(errorSources)) {
      for (const code of Object.keys(messages)) {
        expect([code, seen.get(code)]).toEqual([code, undefined]);
        seen.set(code, file);
      }
    }
    expect([...seen.keys()].sort()).toEqual(Object.keys(errorCatalogue).sort());
  });

  it('gives every status a refusal can have, and only the client codes answer with none', () => {
    for (const [code, { status }] of entries) {
      const client = code in errorSources.client;
      expect([code, client ? status === 0 : status >= 400 && status < 600]).toEqual([code, true]);
    }
  });

  it('is read by code: status and text, with the params filled', () => {
    expect(errorStatus('ACCOUNT_LOCKED')).toBe(423);
    expect(errorStatus('BAD_DATE')).toBe(422);
    expect(errorStatus('NO_SUCH_CODE')).toBeUndefined();
    expect(errorText('ALREADY_DECIDED', 'en-US', { by: 'Li Si', at: '10:00' })).toBe(
      'Already decided by Li Si at 10:00.',
    );
    expect(errorText('ALREADY_DECIDED', 'zh-CN', { by: '李四', at: '10:00' })).toBe(
      '该环节已由李四于10:00处理。',
    );
    expect(errorText('NO_SUCH_CODE', 'zh-CN')).toBeUndefined();
  });
});

describe('a field problem', () => {
  it('is given in Chinese where the phrase is a known one, and as written otherwise', () => {
    expect(renderProblem('is too easy to guess', 'zh-CN')).toBe('太容易被猜到');
    expect(renderProblem('is too easy to guess', 'en-US')).toBe('is too easy to guess');
    expect(renderProblem('something new', 'zh-CN')).toBe('something new');
  });

  it('has Chinese for every known phrase', () => {
    for (const [phrase, zh] of Object.entries(fieldProblemsZh))
      expect([phrase, HAN.test(zh)]).toEqual([phrase, true]);
  });
});
