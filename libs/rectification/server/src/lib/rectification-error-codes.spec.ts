import { RectificationErrorCode } from '@bastion/rectification-contracts';
import { isErrorCode } from '@bastion/messages';

describe('the rectification service refusals', () => {
  it('each have a text in both languages and one status in the one catalogue', () => {
    for (const code of Object.values(RectificationErrorCode))
      expect([code, isErrorCode(code)]).toEqual([code, true]);
  });
});
