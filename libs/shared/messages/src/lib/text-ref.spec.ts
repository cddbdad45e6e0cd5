import { composedText, readText, renderText } from './text-ref';

describe('a composed text', () => {
  const steps = [
    composedText('development.refusal.step_item', { number: 7, step: composedText('development.step.talk') }),
    composedText('development.refusal.another_step_item', { number: 8, step: composedText('development.step.activist') }),
  ];
  const reason = composedText('development.refusal.steps_first', { steps });

  it('fills a placeholder with another text, or a list of them one after the other, in the same language', () => {
    expect(renderText(reason, 'zh-CN')).toBe('须先完成：第7步“党组织派人谈话”、第8步“推荐和确定入党积极分子”');
    expect(renderText(reason, 'en-US')).toBe('First complete step 7 “Talk with the applicant”, step 8 “Decide activist”.');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(renderText(composedText('development.refusal.case_ended', { status: null }), 'en-US')).toBe(
      'The case has ended ({status}).',
    );
  });
});

describe('a sentence written from the catalogue', () => {
  it('is read back into its text and params, to be given in another language', () => {
    const written = '整改报告须于 2026-06-02 前报送。';
    const ref = readText('rectification.batch_note.report_reminder', 'zh-CN', written);
    expect(ref).toEqual({ key: 'rectification.batch_note.report_reminder', params: { deadline: '2026-06-02' } });
    expect(renderText(ref!, 'en-US')).toBe('The rectification report is due by 2026-06-02.');
    expect(renderText(ref!, 'zh-CN')).toBe(written);
  });

  it('is not read back from a sentence written otherwise', () => {
    expect(readText('rectification.batch_note.report_reminder', 'zh-CN', '请尽快报送整改报告')).toBeUndefined();
  });
});
