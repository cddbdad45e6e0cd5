import { codeParams, refusalReason, ruleRefusal } from './refusal-reason';
import { composedText, renderText } from './text-ref';

describe('a rule’s refusal', () => {
  const refusal = ruleRefusal('INVALID', composedText('approvals.refusal.has_task', { name: '李四' }), 'en-US', {
    stage: 2,
  });

  it('is worded in the rule book’s language and carries its reason by key among its params', () => {
    expect(refusal).toEqual({
      code: 'INVALID',
      message: '李四 already has a task in this stage.',
      params: { stage: 2, reason: { key: 'approvals.refusal.has_task', params: { name: '李四' } } },
    });
  });

  it('gives its reason back in either language, and the code’s params without it', () => {
    const reason = refusalReason(refusal.params)!;
    expect(renderText(reason, 'zh-CN')).toBe('李四在本环节已有任务。');
    expect(renderText(reason, 'en-US')).toBe('李四 already has a task in this stage.');
    expect(codeParams(refusal.params)).toEqual({ stage: 2 });
  });

  it('has no reason when its params carry none, or a key the catalogue lacks', () => {
    expect(refusalReason({ by: 'x' })).toBeUndefined();
    expect(refusalReason({ reason: { key: 'no.such.key' } })).toBeUndefined();
    expect(refusalReason({ reason: 'approvals.refusal.ended' })).toBeUndefined();
    expect(refusalReason(undefined)).toBeUndefined();
  });
});
