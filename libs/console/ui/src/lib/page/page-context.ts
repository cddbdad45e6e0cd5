import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { SessionService } from '../auth/session.service';
import { type Notices, notices } from '../i18n/notices';
import { TranslateService } from '../i18n/translate.service';

/**
 * What nearly every page and the shell reach for besides its own service's API: the router to
 * go on with, the translations, the session and the signed-in user, and the short notices after
 * an act.
 */
export interface PageContext {
  readonly router: Router;
  readonly i18n: TranslateService;
  readonly session: SessionService;
  readonly me: SessionService['me'];
  readonly notice: Notices;
}

/**
 * A page's context (`protected readonly page = pageContext()`), one line instead of injecting the
 * router, the translations and the session one by one. Call it where `inject` works.
 */
export function pageContext(): PageContext {
  const session = inject(SessionService);
  return {
    router: inject(Router),
    i18n: inject(TranslateService),
    session,
    me: session.me,
    notice: notices(),
  };
}
