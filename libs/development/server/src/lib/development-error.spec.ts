import { composedText, renderText } from '@bastion/messages';
import { reasonsOf } from './development-error';

const inFuture = {
  reason: composedText('development.refusal.date_in_future', { date: '2026-03-02', today: '2026-03-01' }),
};
const pending = { reason: composedText('development.refusal.sign_off_pending') };

describe('several rules’ reasons given as one', () => {
  it('reads one after the other in either language', () => {
    const both = reasonsOf([inFuture, pending])!;
    expect(renderText(both, 'zh-CN')).toBe(
      '日期2026-03-02晚于今天（2026-03-01）；该案有审批正在进行，请待审批结束后再办理',
    );
    expect(renderText(both, 'en-US')).toBe(
      'The date 2026-03-02 is after today (2026-03-01). A sign-off of the case is under way; take this step once it has ended.',
    );
  });

  it('is the one reason when there is one, and none unless every reason is carried by key', () => {
    expect(reasonsOf([pending])).toEqual(pending.reason);
    expect(reasonsOf([inFuture, undefined])).toBeUndefined();
    expect(reasonsOf([])).toBeUndefined();
  });
});
