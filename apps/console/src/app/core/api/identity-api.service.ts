import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { catchError, type Observable, throwError } from 'rxjs';
import type {
  AddExclusion,
  AddSanctionInput,
  AddOffice,
  ChangePassword,
  CreateOrg,
  CreatePerson,
  DissolveOrg,
  Me,
  MoveOrg,
  OrgDetail,
  OrgEvent,
  OrgListQuery,
  OrgSummary,
  PersonDetail,
  PersonListQuery,
  PersonSummary,
  SetMembership,
  UpdateOrg,
  UpdatePerson,
} from '@bastion/identity-contracts';
import type { Created, Page } from '@bastion/shared-contracts';
import { ApiError } from './api-error';
import { queryParams } from './http-params';

/** Where the identity service is reached: through the dev-server proxy or the reverse proxy. */
export const IDENTITY_API = '/api/identity';

export type OrgQuery = Partial<OrgListQuery>;
export type PersonQuery = Partial<PersonListQuery>;

/** The identity service's HTTP API, typed by its contracts; every failure arrives as an ApiError. */
@Injectable({ providedIn: 'root' })
export class IdentityApi {
  private readonly http = inject(HttpClient);

  me(): Observable<Me> {
    return this.get<Me>('/me');
  }

  changePassword(input: ChangePassword): Observable<void> {
    return this.send<void>('POST', '/me/password', input);
  }

  orgs(query: OrgQuery): Observable<Page<OrgSummary>> {
    return this.get<Page<OrgSummary>>('/orgs', query);
  }

  org(id: string): Observable<OrgDetail> {
    return this.get<OrgDetail>(`/orgs/${id}`);
  }

  orgHistory(id: string): Observable<{ items: OrgEvent[] }> {
    return this.get<{ items: OrgEvent[] }>(`/orgs/${id}/history`);
  }

  createOrg(input: CreateOrg): Observable<Created> {
    return this.send<Created>('POST', '/orgs', input);
  }

  updateOrg(id: string, input: UpdateOrg): Observable<void> {
    return this.send<void>('PATCH', `/orgs/${id}`, input);
  }

  moveOrg(id: string, input: MoveOrg): Observable<void> {
    return this.send<void>('POST', `/orgs/${id}/move`, input);
  }

  dissolveOrg(id: string, input: DissolveOrg): Observable<void> {
    return this.send<void>('POST', `/orgs/${id}/dissolve`, input);
  }

  people(query: PersonQuery): Observable<Page<PersonSummary>> {
    return this.get<Page<PersonSummary>>('/people', query);
  }

  person(id: string): Observable<PersonDetail> {
    return this.get<PersonDetail>(`/people/${id}`);
  }

  createPerson(input: CreatePerson): Observable<Created> {
    return this.send<Created>('POST', '/people', input);
  }

  updatePerson(id: string, input: UpdatePerson): Observable<void> {
    return this.send<void>('PATCH', `/people/${id}`, input);
  }

  setMembership(id: string, input: SetMembership): Observable<void> {
    return this.send<void>('PUT', `/people/${id}/membership`, input);
  }

  addExclusion(id: string, input: AddExclusion): Observable<Created> {
    return this.send<Created>('POST', `/people/${id}/exclusions`, input);
  }

  endExclusion(id: string, exclusionId: string, toDate: string): Observable<void> {
    return this.send<void>('PATCH', `/people/${id}/exclusions/${exclusionId}`, { toDate });
  }

  /** Records a party sanction on the person (the committee's organisation department or discipline commission). */
  addSanction(id: string, input: AddSanctionInput): Observable<Created> {
    return this.send<Created>('POST', `/people/${id}/sanctions`, input);
  }

  /** 恢复党员权利 after 留党察看, from a date. */
  restoreRights(id: string, sanctionId: string, rightsRestoredOn: string): Observable<void> {
    return this.send<void>('PATCH', `/people/${id}/sanctions/${sanctionId}`, { rightsRestoredOn });
  }

  addOffice(id: string, input: AddOffice): Observable<Created> {
    return this.send<Created>('POST', `/people/${id}/offices`, input);
  }

  endOffice(officeId: string, toDate: string): Observable<void> {
    return this.send<void>('PATCH', `/offices/${officeId}`, { toDate });
  }

  revealIdNumber(id: string, reason: string): Observable<{ idNumber: string }> {
    return this.send<{ idNumber: string }>('POST', `/people/${id}/id-number/reveal`, { reason });
  }

  revealPhone(id: string, reason: string): Observable<{ phone: string }> {
    return this.send<{ phone: string }>('POST', `/people/${id}/phone/reveal`, { reason });
  }

  private get<T>(path: string, query: object = {}): Observable<T> {
    const params = queryParams(query as Record<string, string | number | boolean | undefined>);
    return this.http.get<T>(IDENTITY_API + path, { params }).pipe(catchError(toApiError));
  }

  private send<T>(method: 'POST' | 'PATCH' | 'PUT', path: string, body: unknown): Observable<T> {
    return this.http.request<T>(method, IDENTITY_API + path, { body }).pipe(catchError(toApiError));
  }
}

function toApiError(error: unknown): Observable<never> {
  return throwError(() => ApiError.from(error));
}
