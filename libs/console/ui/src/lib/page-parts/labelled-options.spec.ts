import { TestBed } from '@angular/core/testing';
import { TranslateService } from '../i18n/translate.service';
import { labelledOptions } from './labelled-options';

const LIGHTS = ['red', 'amber', 'green'] as const;
const LIGHT_LABELS = {
  red: { zh: '红灯', en: 'Red' },
  amber: { zh: '黄灯', en: 'Amber' },
  green: { zh: '绿灯', en: 'Green' },
};

describe('the choices of a field among a closed set of values', () => {
  it('names each value in the page’s language, in the order of the set', () => {
    localStorage.clear();
    const i18n = TestBed.inject(TranslateService);

    i18n.use('zh-CN');
    expect(labelledOptions(i18n, LIGHTS, LIGHT_LABELS)).toEqual([
      { value: 'red', text: '红灯' },
      { value: 'amber', text: '黄灯' },
      { value: 'green', text: '绿灯' },
    ]);

    i18n.use('en-US');
    expect(labelledOptions(i18n, ['green', 'red'], LIGHT_LABELS)).toEqual([
      { value: 'green', text: 'Green' },
      { value: 'red', text: 'Red' },
    ]);
  });
});
