import { HttpErrorResponse } from '@angular/common/http';
import { Injectable } from '@angular/core';
import type {
  CaseListQuery,
  CaseRow,
  CaseStepInput,
  CaseView,
  DeadlineRow,
  DeadlinesQuery,
  DossierView,
  ExpectedVotersView,
  MigrateCaseInput,
  MigrationProblem,
  OpenCaseInput,
  PipelineView,
  PublishRules,
  RuleVersionView,
} from '@bastion/development-contracts';
import type { Created, FileRef, Page, TerminationRequest } from '@bastion/shared-contracts';
import type { Observable } from 'rxjs';
import { ApiError } from './api-error';
import { ServiceApi } from './service-api';

/** Where the development service is reached: through the dev-server proxy or the reverse proxy. */
export const DEVELOPMENT_API = '/api/development';

/** Query flags travel as strings; every filter may be left out. */
type AsQuery<T> = { [K in keyof T]?: T[K] extends boolean | undefined ? 'true' | 'false' : T[K] };
export type CaseParams = AsQuery<CaseListQuery>;
export type DeadlineParams = Partial<DeadlinesQuery>;

/**
 * A paper record the rules refused: every problem, each with the index of its step (-1 for the
 * application itself), so the form can show each beside its row.
 */
export class MigrationRefusal extends ApiError {
  constructor(
    base: ApiError,
    readonly problems: readonly MigrationProblem[],
  ) {
    super(base.status, base.code, base.message, base.details, base.correlationId, base.params, base.reason);
    this.name = 'MigrationRefusal';
  }
}

/** The development service's HTTP API, typed by its contracts; every failure arrives as an ApiError. */
@Injectable({ providedIn: 'root' })
export class DevelopmentApi extends ServiceApi {
  constructor() {
    super(DEVELOPMENT_API);
  }

  cases(query: CaseParams): Observable<Page<CaseRow>> {
    return this.page<CaseRow>('/cases', query);
  }

  pipeline(orgId?: string | null): Observable<PipelineView> {
    return this.get<PipelineView>('/pipeline', { orgId: orgId ?? undefined });
  }

  deadlines(query: DeadlineParams): Observable<Page<DeadlineRow>> {
    return this.page<DeadlineRow>('/deadlines', query);
  }

  case(id: string): Observable<CaseView> {
    return this.get<CaseView>(`/cases/${id}`);
  }

  /** Terminates a stuck case (system administrators). */
  terminateCase(id: string, body: TerminationRequest): Observable<CaseView> {
    return this.post<CaseView>(`/cases/${id}/terminate`, body);
  }

  open(input: OpenCaseInput): Observable<Created> {
    return this.post<Created>('/cases', input);
  }

  /** A refusal of the record's steps arrives as a MigrationRefusal listing each problem. */
  migrate(input: MigrateCaseInput): Observable<Created> {
    return this.post<Created>('/cases/migrate', input, migrationFailure);
  }

  /** The step as the schema's input: the service fills in the defaults left out. */
  act(id: string, idempotencyKey: string, step: CaseStepInput): Observable<CaseView> {
    return this.post<CaseView>(`/cases/${id}/actions`, { idempotencyKey, step });
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
    return this.uploadFile<FileRef>('/files', file, name);
  }

  /** A stored file; the call carries the session, so a plain link would not do. */
  download(id: string): Observable<Blob> {
    return this.blob(`/files/${id}`);
  }

  rules(committeeId: string): Observable<RuleVersionView[]> {
    return this.get<RuleVersionView[]>('/rules', { committeeId });
  }

  publishRules(committeeId: string, input: PublishRules): Observable<RuleVersionView> {
    return this.post<RuleVersionView>(`/rules/${committeeId}/versions`, input);
  }
}

function migrationFailure(error: unknown): ApiError {
  const base = ApiError.from(error);
  const problems = migrationProblems(error);
  return problems.length ? new MigrationRefusal(base, problems) : base;
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
