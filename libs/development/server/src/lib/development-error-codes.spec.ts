import { DevelopmentErrorCode } from '@bastion/development-contracts';
import { isErrorCode } from '@bastion/messages';

describe('the development service refusals', () => {
  it('each have a text in both languages and one status in the one catalogue', () => {
    for (const code of Object.values(DevelopmentErrorCode))
      expect([code, isErrorCode(code)]).toEqual([code, true]);
  });
});
