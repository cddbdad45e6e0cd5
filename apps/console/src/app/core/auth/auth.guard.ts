import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { SessionService, type SignedOutReason } from '@bastion/console-ui';

export const PASSWORD_PAGE = '/profile/password';

/**
 * Lets a signed-in user through; anyone else goes to the login page and comes back afterwards.
 * A user who must change the initial password can reach only the password page until they do.
 */
export const authGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionService);
  const router = inject(Router);
  const hadSession = session.hasStoredSession();
  if (!(await session.restore())) {
    // A tab reopened after the session ran out is told why it must sign in again.
    const reason: SignedOutReason = 'expired';
    return router.createUrlTree(['/login'], {
      queryParams: { returnUrl: state.url, ...(hadSession ? { reason } : {}) },
    });
  }
  if (session.me()?.mustChangePassword && !state.url.startsWith(PASSWORD_PAGE)) {
    return router.createUrlTree([PASSWORD_PAGE]);
  }
  return true;
};

/** The login page is for signed-out users; a live session goes straight to the workbench. */
export const guestGuard: CanActivateFn = async () => {
  // Injected before the first await: after it the guard has left its injection context.
  const session = inject(SessionService);
  const router = inject(Router);
  return (await session.restore()) ? router.createUrlTree(['/']) : true;
};

/**
 * Pages for system administrators only (the route-template editor). The service refuses anyone
 * else; this keeps them from a page that could only fail.
 */
export const adminGuard: CanActivateFn = async () => {
  const session = inject(SessionService);
  const router = inject(Router);
  if (!(await session.restore())) return router.createUrlTree(['/login']);
  return session.me()?.isAdmin ? true : router.createUrlTree(['/workbench']);
};
