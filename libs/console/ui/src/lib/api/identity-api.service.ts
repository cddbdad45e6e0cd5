import { Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
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
  OrgEventList,
  OrgListQuery,
  OrgSummary,
  PersonDetail,
  PersonListQuery,
  PersonSummary,
  RevealedIdNumber,
  RevealedPhone,
  SetMembership,
  UpdateOrg,
  UpdatePerson,
} from '@bastion/identity-contracts';
import type { Created, Page } from '@bastion/shared-contracts';
import { ServiceApi } from './service-api';

/** Where the identity service is reached: through the dev-server proxy or the reverse proxy. */
export const IDENTITY_API = '/api/identity';

export type OrgQuery = Partial<OrgListQuery>;
export type PersonQuery = Partial<PersonListQuery>;

/** The identity service's HTTP API, typed by its contracts; every failure arrives as an ApiError. */
@Injectable({ providedIn: 'root' })
export class IdentityApi extends ServiceApi {
  constructor() {
    super(IDENTITY_API);
  }

  me(): Observable<Me> {
    return this.get<Me>('/me');
  }

  changePassword(input: ChangePassword): Observable<void> {
    return this.post<void>('/me/password', input);
  }

  orgs(query: OrgQuery): Observable<Page<OrgSummary>> {
    return this.page<OrgSummary>('/orgs', query);
  }

  org(id: string): Observable<OrgDetail> {
    return this.get<OrgDetail>(`/orgs/${id}`);
  }

  orgHistory(id: string): Observable<OrgEventList> {
    return this.get<OrgEventList>(`/orgs/${id}/history`);
  }

  createOrg(input: CreateOrg): Observable<Created> {
    return this.post<Created>('/orgs', input);
  }

  updateOrg(id: string, input: UpdateOrg): Observable<void> {
    return this.patch<void>(`/orgs/${id}`, input);
  }

  moveOrg(id: string, input: MoveOrg): Observable<void> {
    return this.post<void>(`/orgs/${id}/move`, input);
  }

  dissolveOrg(id: string, input: DissolveOrg): Observable<void> {
    return this.post<void>(`/orgs/${id}/dissolve`, input);
  }

  people(query: PersonQuery): Observable<Page<PersonSummary>> {
    return this.page<PersonSummary>('/people', query);
  }

  person(id: string): Observable<PersonDetail> {
    return this.get<PersonDetail>(`/people/${id}`);
  }

  createPerson(input: CreatePerson): Observable<Created> {
    return this.post<Created>('/people', input);
  }

  updatePerson(id: string, input: UpdatePerson): Observable<void> {
    return this.patch<void>(`/people/${id}`, input);
  }

  setMembership(id: string, input: SetMembership): Observable<void> {
    return this.put<void>(`/people/${id}/membership`, input);
  }

  addExclusion(id: string, input: AddExclusion): Observable<Created> {
    return this.post<Created>(`/people/${id}/exclusions`, input);
  }

  endExclusion(id: string, exclusionId: string, toDate: string): Observable<void> {
    return this.patch<void>(`/people/${id}/exclusions/${exclusionId}`, { toDate });
  }

  /** Records a party sanction on the person (the committee's organisation department or discipline commission). */
  addSanction(id: string, input: AddSanctionInput): Observable<Created> {
    return this.post<Created>(`/people/${id}/sanctions`, input);
  }

  /** 恢复党员权利 after 留党察看, from a date. */
  restoreRights(id: string, sanctionId: string, rightsRestoredOn: string): Observable<void> {
    return this.patch<void>(`/people/${id}/sanctions/${sanctionId}`, { rightsRestoredOn });
  }

  addOffice(id: string, input: AddOffice): Observable<Created> {
    return this.post<Created>(`/people/${id}/offices`, input);
  }

  endOffice(officeId: string, toDate: string): Observable<void> {
    return this.patch<void>(`/offices/${officeId}`, { toDate });
  }

  revealIdNumber(id: string, reason: string): Observable<RevealedIdNumber> {
    return this.post<RevealedIdNumber>(`/people/${id}/id-number/reveal`, { reason });
  }

  revealPhone(id: string, reason: string): Observable<RevealedPhone> {
    return this.post<RevealedPhone>(`/people/${id}/phone/reveal`, { reason });
  }
}
