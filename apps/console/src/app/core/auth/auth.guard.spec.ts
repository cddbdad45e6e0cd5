import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  provideRouter,
  type RouterStateSnapshot,
  UrlTree,
} from '@angular/router';
import { SessionService } from '@bastion/console-ui';
import { adminGuard, guestGuard } from './auth.guard';

/** A session that is restored (or not) only after a moment, as the real one asks the service. */
function session(signedIn: boolean, isAdmin = false) {
  return {
    restore: () => new Promise<boolean>((resolve) => setTimeout(() => resolve(signedIn))),
    me: () => (signedIn ? { isAdmin } : null),
  };
}

const run = (guard: typeof guestGuard) =>
  TestBed.runInInjectionContext(() => guard({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot));
const target = (result: unknown) => (result instanceof UrlTree ? result.toString() : result);

describe('the guards that wait for the session', () => {
  const configure = (value: ReturnType<typeof session>) =>
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: SessionService, useValue: value }],
    });

  it.each([
    ['a signed-in user away from the login page', guestGuard, session(true), '/'],
    ['a signed-out user onto the login page', guestGuard, session(false), true],
    ['a signed-out user from an administrator page to the login page', adminGuard, session(false), '/login'],
    ['a user who is no administrator to the workbench', adminGuard, session(true), '/workbench'],
    ['an administrator through', adminGuard, session(true, true), true],
  ])('sends %s', async (_case, guard, value, expected) => {
    configure(value);
    expect(target(await run(guard))).toBe(expected);
  });
});
