import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { ApiError } from '../api/api-error';
import { SessionService } from './session.service';

/** Calls that carry no bearer token: they are how a session starts, renews and ends. */
const SESSION_ENDPOINTS = /\/api\/[^/]+\/auth\/(login|refresh|logout)$/;

/**
 * Adds the access token to every API call. An access token lives five minutes, so a 401 usually
 * means it has just expired: the interceptor renews it once (one refresh shared by all requests
 * that failed together) and retries. If the session cannot be renewed, the user signs in again.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/') || SESSION_ENDPOINTS.test(request.url)) return next(request);
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
