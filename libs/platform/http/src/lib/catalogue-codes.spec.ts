import { CommonErrorCode } from '@bastion/shared-contracts';
import { errorCatalogue, isErrorCode } from '@bastion/messages';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from './domain-error';
import { RateLimitedError } from './rate-limit';

describe('the refusals every service gives', () => {
  it('are all in the one catalogue, with its status', () => {
    const refusals = [
      new ValidationError([]),
      new NotFoundError(),
      new ForbiddenError(),
      new UnauthenticatedError(),
      new RateLimitedError(5),
    ];
    for (const refusal of refusals) {
      expect([refusal.code, isErrorCode(refusal.code)]).toEqual([refusal.code, true]);
      expect([refusal.code, refusal.status]).toEqual([
        refusal.code,
        errorCatalogue[refusal.code as keyof typeof errorCatalogue].status,
      ]);
    }
    for (const code of Object.values(CommonErrorCode))
      expect([code, isErrorCode(code)]).toEqual([code, true]);
  });
});
