import { languageFrom, render } from './render';

describe('a text of the catalogue', () => {
  const message = { zh: '已由{by}于{at}决定', en: 'Already decided by {by} at {at}' };

  it('is given in the chosen language with its placeholders filled', () => {
    expect(render(message, 'zh-CN', { by: '张三', at: '10:00' })).toBe('已由张三于10:00决定');
    expect(render(message, 'en-US', { by: 'Zhang San', at: '10:00' })).toBe('Already decided by Zhang San at 10:00');
  });

  it('keeps a placeholder whose param is missing, so the gap is visible', () => {
    expect(render(message, 'en-US', { by: 'X' })).toBe('Already decided by X at {at}');
  });
});

describe('the caller language', () => {
  it('is zh-CN when the caller names none or only languages the catalogue lacks', () => {
    expect(languageFrom(undefined)).toBe('zh-CN');
    expect(languageFrom('')).toBe('zh-CN');
    expect(languageFrom('fr-FR, de;q=0.8')).toBe('zh-CN');
  });

  it('follows the quality order and matches on the primary tag', () => {
    expect(languageFrom('en-GB')).toBe('en-US');
    expect(languageFrom('zh-TW;q=0.5, en;q=0.9')).toBe('en-US');
    expect(languageFrom('en;q=0, zh')).toBe('zh-CN');
    expect(languageFrom('fr, en-US;q=0.7, zh-CN;q=0.7')).toBe('en-US');
  });
});
