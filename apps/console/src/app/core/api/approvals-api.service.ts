import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, type Observable, throwError } from 'rxjs';
import type { z } from 'zod';
import type {
  actionRequestSchema,
  actResponseSchema,
  Attachment,
  InboxPage,
  InboxQuery,
  LedgerVerification,
  markReadSchema,
  notificationPageSchema,
  NotificationQuery as NotificationQueryContract,
  RequestDetail,
  returnTargetsSchema,
  RouteTemplate,
  routeTemplateVersionsSchema,
  SaveRouteTemplate,
  SubmittedRequest,
  submitGeneralRequestSchema,
  UpdateRouteTemplate,
} from '@bastion/approvals-contracts';
import type { Created, Page, TerminationRequest } from '@bastion/shared-contracts';
import { ApiError } from './api-error';
import { queryParams } from './http-params';

/** Where the approvals service is reached: through the dev-server proxy or the reverse proxy. */
export const APPROVALS_API = '/api/approvals';

/** An action as the console sends it: the schema's input, so defaulted fields may be left out. */
export type ActionInput = z.input<typeof actionRequestSchema>;
export type ActResponse = z.infer<typeof actResponseSchema>;
export type ReturnTargets = z.infer<typeof returnTargetsSchema>;
export type ReturnTargetOption = ReturnTargets['targets'][number];
export type NotificationPage = z.infer<typeof notificationPageSchema>;
export type MarkRead = z.input<typeof markReadSchema>;
export type SubmitGeneralRequest = z.input<typeof submitGeneralRequestSchema>;

/** The inbox's query string: every filter optional, as the page builds it. */
export type InboxParams = Partial<InboxQuery>;

export type TemplateVersions = z.infer<typeof routeTemplateVersionsSchema>;

export interface TemplateQuery {
  q?: string;
  limit?: number;
  cursor?: string;
  /** Administrators only: archived templates too. */
  includeArchived?: boolean;
}

export type NotificationQuery = Partial<Pick<NotificationQueryContract, 'limit' | 'cursor' | 'unread'>>;

/** The approvals service's HTTP API, typed by its contracts; every failure arrives as an ApiError. */
@Injectable({ providedIn: 'root' })
export class ApprovalsApi {
  private readonly http = inject(HttpClient);

  inbox(query: InboxParams): Observable<InboxPage> {
    return this.get<InboxPage>('/inbox', query);
  }

  request(id: string): Observable<RequestDetail> {
    return this.get<RequestDetail>(`/requests/${id}`);
  }

  returnTargets(id: string): Observable<ReturnTargets> {
    return this.get<ReturnTargets>(`/requests/${id}/return-targets`);
  }

  act(id: string, action: ActionInput): Observable<ActResponse> {
    return this.send<ActResponse>('POST', `/requests/${id}/actions`, action);
  }

  /** Terminates a stuck request (system administrators). */
  terminate(id: string, body: TerminationRequest): Observable<RequestDetail> {
    return this.send<RequestDetail>('POST', `/requests/${id}/terminate`, body);
  }

  verify(id: string): Observable<LedgerVerification> {
    return this.get<LedgerVerification>(`/requests/${id}/verify`);
  }

  upload(file: Blob, name: string): Observable<Attachment> {
    const body = new FormData();
    body.append('file', file, name);
    return this.send<Attachment>('POST', '/attachments', body);
  }

  /** The file itself; the call carries the session, so a plain link would not do. */
  download(id: string): Observable<Blob> {
    return this.http
      .get(`${APPROVALS_API}/attachments/${id}`, { responseType: 'blob' })
      .pipe(catchError(toApiError));
  }

  templates(query: TemplateQuery): Observable<Page<RouteTemplate>> {
    return this.get<Page<RouteTemplate>>('/templates', query);
  }

  template(id: string): Observable<RouteTemplate> {
    return this.get<RouteTemplate>(`/templates/${id}`);
  }

  templateVersions(id: string): Observable<TemplateVersions> {
    return this.get<TemplateVersions>(`/templates/${id}/versions`);
  }

  createTemplate(input: SaveRouteTemplate): Observable<Created> {
    return this.send<Created>('POST', '/templates', input);
  }

  /** Saves a new version; a 409 means someone saved one since `input.version` was read. */
  updateTemplate(id: string, input: UpdateRouteTemplate): Observable<RouteTemplate> {
    return this.send<RouteTemplate>('PUT', `/templates/${id}`, input);
  }

  /** Takes a template out of use for new requests; running ones keep their version. */
  archiveTemplate(id: string): Observable<void> {
    return this.send<void>('POST', `/templates/${id}/archive`, {});
  }

  submitGeneralRequest(input: SubmitGeneralRequest): Observable<SubmittedRequest> {
    return this.send<SubmittedRequest>('POST', '/general-requests', input);
  }

  notifications(query: NotificationQuery): Observable<NotificationPage> {
    return this.get<NotificationPage>('/notifications', query);
  }

  markRead(input: MarkRead): Observable<void> {
    return this.send<void>('POST', '/notifications/read', input);
  }

  private get<T>(path: string, query: object = {}): Observable<T> {
    const params = queryParams(query as Record<string, string | number | boolean | undefined>);
    return this.http.get<T>(APPROVALS_API + path, { params }).pipe(catchError(toApiError));
  }

  private send<T>(method: 'POST' | 'PUT', path: string, body: unknown): Observable<T> {
    return this.http.request<T>(method, APPROVALS_API + path, { body }).pipe(catchError(toApiError));
  }
}

function toApiError(error: unknown): Observable<never> {
  return throwError(() => ApiError.from(error));
}
