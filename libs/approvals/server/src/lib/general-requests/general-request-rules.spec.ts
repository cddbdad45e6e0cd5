import type { Principal } from '@bastion/platform-auth';
import { ForbiddenError, ValidationError } from '@bastion/platform-http';
import { requestIdFor, requestOrg } from './general-requests.service';

const branch = { role: 'full_member', orgId: '00000000-0000-4000-8000-00000000000a', orgPath: '/c/a/' };
const committee = { role: 'org_department', orgId: '00000000-0000-4000-8000-00000000000c', orgPath: '/c/' };

const principal = (grants: Principal['grants']): Principal => ({
  userId: 'u1',
  sessionId: 's1',
  username: 'u',
  displayName: '赵一',
  personId: '00000000-0000-4000-8000-000000000001',
  isAdmin: false,
  grants,
});

describe('requestOrg', () => {
  it('takes an organisation where the caller holds a role or membership, with its path from the token', () => {
    expect(requestOrg(principal([branch, committee]), committee.orgId)).toEqual(committee);
  });

  it('refuses an organisation the caller holds nothing at', () => {
    expect(() => requestOrg(principal([branch]), committee.orgId)).toThrow(ForbiddenError);
  });

  it('defaults to the caller’s own branch, or their only organisation', () => {
    expect(requestOrg(principal([committee, branch]), undefined)).toEqual(branch);
    expect(requestOrg(principal([committee]), undefined)).toEqual(committee);
  });

  it('asks which organisation when the caller has several and no membership', () => {
    const other = { ...committee, orgId: '00000000-0000-4000-8000-00000000000d', orgPath: '/d/' };
    expect(() => requestOrg(principal([committee, other]), undefined)).toThrow(ValidationError);
    expect(() => requestOrg(principal([]), undefined)).toThrow(ValidationError);
  });
});

describe('requestIdFor', () => {
  it('gives the same uuid for the same caller and key, and a different one otherwise', () => {
    const id = requestIdFor('u1', 'click-0001');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(requestIdFor('u1', 'click-0001')).toBe(id);
    expect(requestIdFor('u2', 'click-0001')).not.toBe(id);
    expect(requestIdFor('u1', 'click-0002')).not.toBe(id);
  });
});
