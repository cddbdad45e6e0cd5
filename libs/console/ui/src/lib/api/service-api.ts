import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { inject } from '@angular/core';
import type { Page, PageQuery } from '@bastion/shared-contracts';
import { catchError, from, type Observable, switchMap, throwError } from 'rxjs';
import { ApiError } from './api-error';

type QueryValue = string | number | boolean | null | undefined;

/** Query parameters without the empty ones, so an unset filter is simply not sent. */
export function queryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query as Record<string, QueryValue>)) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(key, String(value));
  }
  return params;
}

/** How a failed call becomes what the pages see; `ApiError.from` unless a call reads more. */
export type FailureReader = (error: unknown) => ApiError;

/** A list request's cursor and page size, next to its filters. */
export type PageParams = Partial<Pick<PageQuery, 'limit' | 'cursor'>>;

/**
 * What every service's client shares: the service's base URL, query strings without empty
 * filters, cursor pages, uploads and downloads, and every failure turned into an ApiError
 * (a refused download's JSON included). The session and language headers are added to every
 * call by the auth interceptor, not here.
 */
export abstract class ServiceApi {
  protected readonly http = inject(HttpClient);

  /** `base` is where the service is reached: `/api/<service>`, through the dev or reverse proxy. */
  protected constructor(protected readonly base: string) {}

  protected get<T>(path: string, query: object = {}): Observable<T> {
    return this.http.get<T>(this.base + path, { params: queryParams(query) }).pipe(failWith());
  }

  /** One page of a keyset-paged list: the filters, `limit` and the `cursor` of the page before. */
  protected page<T>(path: string, query: object & PageParams): Observable<Page<T>> {
    return this.get<Page<T>>(path, query);
  }

  protected post<T>(path: string, body: unknown, failure?: FailureReader): Observable<T> {
    return this.send<T>('POST', path, body, failure);
  }

  protected put<T>(path: string, body: unknown): Observable<T> {
    return this.send<T>('PUT', path, body);
  }

  protected patch<T>(path: string, body: unknown): Observable<T> {
    return this.send<T>('PATCH', path, body);
  }

  protected delete<T>(path: string): Observable<T> {
    return this.send<T>('DELETE', path, undefined);
  }

  /** A file as a Blob; the call carries the session, so a plain link would not do. */
  protected blob(path: string, query: object = {}): Observable<Blob> {
    return this.http
      .get(this.base + path, { params: queryParams(query), responseType: 'blob' })
      .pipe(
        catchError((error: unknown) =>
          from(readBlobError(error)).pipe(switchMap((read) => throwError(() => ApiError.from(read)))),
        ),
      );
  }

  /** Sends one file as the multipart field `file`. */
  protected uploadFile<T>(path: string, file: Blob, name: string): Observable<T> {
    const body = new FormData();
    body.append('file', file, name);
    return this.post<T>(path, body);
  }

  private send<T>(method: string, path: string, body: unknown, failure?: FailureReader): Observable<T> {
    return this.http.request<T>(method, this.base + path, { body }).pipe(failWith(failure));
  }
}

/** The operator every call ends with: its failure, whatever it was, thrown as an ApiError. */
export function failWith<T>(failure: FailureReader = ApiError.from) {
  return catchError<T, Observable<never>>((error: unknown) => throwError(() => failure(error)));
}

/**
 * A refused download answers with a JSON body, but a blob request hands it over as a Blob: read
 * it back into the usual `{ code, message }` so the page can say why.
 */
async function readBlobError(error: unknown): Promise<unknown> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) return error;
  try {
    const body: unknown = JSON.parse(await error.error.text());
    const { headers, status, statusText, url } = error;
    return new HttpErrorResponse({ error: body, headers, status, statusText, url: url ?? undefined });
  } catch {
    return error;
  }
}
