import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CaseListQuery,
  CaseRow,
  CaseStepInput,
  CaseView,
  DeadlineRow,
  DeadlinesQuery,
  DossierView,
  MigrateCaseInput,
  MigrationProblem,
  OpenCaseInput,
  PipelineView,
  PublishRules,
  RuleVersionView,
} from '@bastion/development-contracts';
import type { ExpectedVoters } from '@bastion/identity-contracts';
import type { Created, FileRef, Page, TerminationRequest } from '@bastion/shared-contracts';
import { catchError, from, type Observable, switchMap, throwError } from 'rxjs';
import { ApiError } from './api-error';
import { queryParams } from './http-params';

/** Where the development service is reached: through the dev-server proxy or the reverse proxy. */
export const DEVELOPMENT_API = '/api/development';

/** Query flags travel as strings; every filter may be left out. */
type AsQuery<T> = { [K in keyof T]?: T[K] extends boolean | undefined ? 'true' | 'false' : T[K] };
export type CaseParams = AsQuery<CaseListQuery>;
export type DeadlineParams = Partial<DeadlinesQuery>;

/** What the identity service counts for a meeting date, as the development service passes it on. */
export type ExpectedVotersView = Pick<
  ExpectedVoters,
  'fullMembers' | 'withVotingRights' | 'excluded' | 'expected' | 'suspended'
>;

/**
 * A paper record the rules refused: every problem, each with the index of its step (-1 for the
 * application itself), so the form can show each beside its row.
 */
export class MigrationRefusal extends ApiError {
  constructor(
    base: ApiError,
    readonly problems: readonly MigrationProblem[],
  ) {
    super(base.status, base.code, base.message, base.details, base.correlationId);
    this.name = 'MigrationRefusal';
  }
}

/** The development service's HTTP API, typed by its contracts; every failure arrives as an ApiError. */
@Injectable({ providedIn: 'root' })
export class DevelopmentApi {
  private readonly http = inject(HttpClient);

  cases(query: CaseParams): Observable<Page<CaseRow>> {
    return this.get<Page<CaseRow>>('/cases', query);
  }

  pipeline(orgId?: string | null): Observable<PipelineView> {
    return this.get<PipelineView>('/pipeline', { orgId: orgId ?? undefined });
  }

  deadlines(query: DeadlineParams): Observable<Page<DeadlineRow>> {
    return this.get<Page<DeadlineRow>>('/deadlines', query);
  }

  case(id: string): Observable<CaseView> {
    return this.get<CaseView>(`/cases/${id}`);
  }

  /** Terminates a stuck case (system administrators). */
  terminateCase(id: string, body: TerminationRequest): Observable<CaseView> {
    return this.send<CaseView>(`/cases/${id}/terminate`, body);
  }

  open(input: OpenCaseInput): Observable<Created> {
    return this.send<Created>('/cases', input);
  }

  /** A refusal of the record's steps arrives as a MigrationRefusal listing each problem. */
  migrate(input: MigrateCaseInput): Observable<Created> {
    return this.http.post<Created>(`${DEVELOPMENT_API}/cases/migrate`, input).pipe(
      catchError((error: unknown) => {
        const base = ApiError.from(error);
        const problems = migrationProblems(error);
        return throwError(() => (problems.length ? new MigrationRefusal(base, problems) : base));
      }),
    );
  }

  /** The step as the schema's input: the service fills in the defaults left out. */
  act(id: string, idempotencyKey: string, step: CaseStepInput): Observable<CaseView> {
    return this.send<CaseView>(`/cases/${id}/actions`, { idempotencyKey, step });
  }

  expectedVoters(id: string, date: string): Observable<ExpectedVotersView> {
    return this.get<ExpectedVotersView>(`/cases/${id}/expected-voters`, { date });
  }

  dossier(id: string): Observable<DossierView> {
    return this.get<DossierView>(`/cases/${id}/dossier`);
  }

  dossierZip(id: string): Observable<Blob> {
    return this.blob(`/cases/${id}/dossier.zip`);
  }

  upload(file: Blob, name: string): Observable<FileRef> {
    const body = new FormData();
    body.append('file', file, name);
    return this.send<FileRef>('/files', body);
  }

  /** A stored file; the call carries the session, so a plain link would not do. */
  download(id: string): Observable<Blob> {
    return this.blob(`/files/${id}`);
  }

  rules(committeeId: string): Observable<RuleVersionView[]> {
    return this.get<RuleVersionView[]>('/rules', { committeeId });
  }

  publishRules(committeeId: string, input: PublishRules): Observable<RuleVersionView> {
    return this.send<RuleVersionView>(`/rules/${committeeId}/versions`, input);
  }

  private get<T>(path: string, query: object = {}): Observable<T> {
    const params = queryParams(query as Record<string, string | number | boolean | undefined>);
    return this.http.get<T>(DEVELOPMENT_API + path, { params }).pipe(catchError(toApiError));
  }

  private blob(path: string): Observable<Blob> {
    return this.http
      .get(DEVELOPMENT_API + path, { responseType: 'blob' })
      .pipe(catchError((error: unknown) => from(readBlobError(error)).pipe(switchMap(toApiError))));
  }

  private send<T>(path: string, body: unknown): Observable<T> {
    return this.http.post<T>(DEVELOPMENT_API + path, body).pipe(catchError(toApiError));
  }
}

function toApiError(error: unknown): Observable<never> {
  return throwError(() => ApiError.from(error));
}

/** The `problems` of a refused paper record; the common error body has no place for them. */
function migrationProblems(error: unknown): MigrationProblem[] {
  if (!(error instanceof HttpErrorResponse)) return [];
  const body = error.error as { problems?: unknown } | null;
  if (!body || !Array.isArray(body.problems)) return [];
  return body.problems.flatMap((p: unknown): MigrationProblem[] => {
    if (!p || typeof p !== 'object') return [];
    const { index, type, code, problem, message } = p as Record<string, unknown>;
    if (typeof index !== 'number') return [];
    const text = typeof problem === 'string' ? problem : typeof message === 'string' ? message : '';
    return [{ index, type: String(type ?? ''), code: String(code ?? ''), problem: text }];
  });
}

/** A refused download answers with JSON inside a Blob: read it back into `{ code, message }`. */
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
