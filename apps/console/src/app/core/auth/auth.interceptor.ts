import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { ApiError, SessionService, TranslateService } from '@bastion/console-ui';

/** Calls that carry no bearer token: they are how a session starts, renews and ends. */
const SESSION_ENDPOINTS = /\/api\/[^/]+\/auth\/(login|refresh|logout)$/;

/**
 * Names the user's language on every API call, so a service words its refusals in it, and adds
 * the access token. An access token lives five minutes, so a 401 usually means it has just
 * expired: the interceptor renews it once (one refresh shared by all requests that failed
 * together) and retries. If the session cannot be renewed, the user signs in again.
 */
export const authInterceptor: HttpInterceptorFn = (original, next) => {
  if (!original.url.startsWith('/api/')) return next(original);
  const request = original.clone({ setHeaders: { 'Accept-Language': inject(TranslateService).language() } });
  if (SESSION_ENDPOINTS.test(request.url)) return next(request);
  const session = inject(SessionService);
  const sent = session.accessToken();
  return next(withBearer(request, sent)).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) return throwError(() => error);
      return from(session.tokenAfterRejection(sent)).pipe(
        catchError((refreshError: unknown) => {
          // A refused renewal ends the session; a network failure leaves it for the next try.
          if (sessionIsOver(refreshError)) session.expire();
          return throwError(() => refreshError);
        }),
        switchMap((token) => next(withBearer(request, token))),
      );
    }),
  );
};

function withBearer<T>(request: HttpRequest<T>, token: string | null): HttpRequest<T> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

function sessionIsOver(error: unknown): boolean {
  const apiError = ApiError.from(error);
  return apiError.status === 401 || apiError.status === 400;
}
