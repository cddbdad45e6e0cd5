import { IdentityErrorCode } from '@bastion/identity-contracts';
import { isErrorCode } from '@bastion/messages';

describe('the identity service refusals', () => {
  it('each have a text in both languages and one status in the one catalogue', () => {
    for (const code of Object.values(IdentityErrorCode))
      expect([code, isErrorCode(code)]).toEqual([code, true]);
  });
});
