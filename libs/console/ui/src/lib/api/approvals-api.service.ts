import { Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import type { z } from 'zod';
import type {
  actionRequestSchema,
  ActResponse,
  Attachment,
  InboxPage,
  InboxQuery,
  LedgerVerification,
  markReadSchema,
  NotificationPage,
  NotificationQuery as NotificationQueryContract,
  RequestDetail,
  ReturnTargets,
  RouteTemplate,
  RouteTemplateVersions,
  SaveRouteTemplate,
  SubmittedRequest,
  submitGeneralRequestSchema,
  UpdateRouteTemplate,
} from '@bastion/approvals-contracts';
import type { Created, Page, TerminationRequest } from '@bastion/shared-contracts';
import { ServiceApi } from './service-api';

/** Where the approvals service is reached: through the dev-server proxy or the reverse proxy. */
export const APPROVALS_API = '/api/approvals';

/** An action as the console sends it: the schema's input, so defaulted fields may be left out. */
export type ActionInput = z.input<typeof actionRequestSchema>;
export type MarkRead = z.input<typeof markReadSchema>;
export type SubmitGeneralRequest = z.input<typeof submitGeneralRequestSchema>;

/** The inbox's query string: every filter optional, as the page builds it. */
export type InboxParams = Partial<InboxQuery>;

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
export class ApprovalsApi extends ServiceApi {
  constructor() {
    super(APPROVALS_API);
  }

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
    return this.post<ActResponse>(`/requests/${id}/actions`, action);
  }

  /** Terminates a stuck request (system administrators). */
  terminate(id: string, body: TerminationRequest): Observable<RequestDetail> {
    return this.post<RequestDetail>(`/requests/${id}/terminate`, body);
  }

  verify(id: string): Observable<LedgerVerification> {
    return this.get<LedgerVerification>(`/requests/${id}/verify`);
  }

  upload(file: Blob, name: string): Observable<Attachment> {
    return this.uploadFile<Attachment>('/attachments', file, name);
  }

  /** The file itself; the call carries the session, so a plain link would not do. */
  download(id: string): Observable<Blob> {
    return this.blob(`/attachments/${id}`);
  }

  templates(query: TemplateQuery): Observable<Page<RouteTemplate>> {
    return this.page<RouteTemplate>('/templates', query);
  }

  template(id: string): Observable<RouteTemplate> {
    return this.get<RouteTemplate>(`/templates/${id}`);
  }

  templateVersions(id: string): Observable<RouteTemplateVersions> {
    return this.get<RouteTemplateVersions>(`/templates/${id}/versions`);
  }

  createTemplate(input: SaveRouteTemplate): Observable<Created> {
    return this.post<Created>('/templates', input);
  }

  /** Saves a new version; a 409 means someone saved one since `input.version` was read. */
  updateTemplate(id: string, input: UpdateRouteTemplate): Observable<RouteTemplate> {
    return this.put<RouteTemplate>(`/templates/${id}`, input);
  }

  /** Takes a template out of use for new requests; running ones keep their version. */
  archiveTemplate(id: string): Observable<void> {
    return this.post<void>(`/templates/${id}/archive`, {});
  }

  submitGeneralRequest(input: SubmitGeneralRequest): Observable<SubmittedRequest> {
    return this.post<SubmittedRequest>('/general-requests', input);
  }

  notifications(query: NotificationQuery): Observable<NotificationPage> {
    return this.get<NotificationPage>('/notifications', query);
  }

  markRead(input: MarkRead): Observable<void> {
    return this.post<void>('/notifications/read', input);
  }
}
