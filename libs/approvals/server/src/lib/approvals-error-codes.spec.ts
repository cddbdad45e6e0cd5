import { ApprovalsErrorCode } from '@bastion/approvals-contracts';
import { isErrorCode } from '@bastion/messages';

describe('the approvals service refusals', () => {
  it('each have a text in both languages and one status in the one catalogue', () => {
    for (const code of Object.values(ApprovalsErrorCode))
      expect([code, isErrorCode(code)]).toEqual([code, true]);
  });
});
