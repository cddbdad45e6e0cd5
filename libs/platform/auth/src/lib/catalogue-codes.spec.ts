import { isErrorCode } from '@bastion/messages';
import { PasswordChangeRequiredError } from './jwt-auth.guard';

describe('the refusals of the session guard', () => {
  it('are in the one catalogue', () => {
    for (const code of [new PasswordChangeRequiredError().code, 'SESSION_CHECK_UNAVAILABLE']) {
      expect([code, isErrorCode(code)]).toEqual([code, true]);
    }
  });
});
