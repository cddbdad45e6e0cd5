import { type APIRequestContext, expect } from '@playwright/test';
import { DEMO_PASSWORD } from './session';

/** A demo account signed in over the API: its token and who it is. */
export interface ApiUser {
  token: string;
  personId: string;
  name: string;
}

/** Signs in through the identity service (via the console's proxy), for setting up data. */
export async function apiLogin(request: APIRequestContext, username: string): Promise<ApiUser> {
  const login = await request.post('/api/identity/auth/login', {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(login.ok(), `login ${username}`).toBe(true);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const me = await request.get('/api/identity/me', { headers: { Authorization: `Bearer ${accessToken}` } });
  const { personId, displayName } = (await me.json()) as { personId: string; displayName: string };
  return { token: accessToken, personId, name: displayName };
}

/**
 * A route template of one 会签 stage: every named signer must approve, each with a handwritten
 * signature; a return goes to the submitter, and a resubmission resumes at that stage.
 */
export async function createCountersignTemplate(
  request: APIRequestContext,
  admin: ApiUser,
  name: string,
  signers: ApiUser[],
): Promise<string> {
  const response = await request.post('/api/approvals/templates', {
    headers: { Authorization: `Bearer ${admin.token}` },
    data: {
      name,
      description: '端到端测试：两人会签',
      route: {
        stages: [
          {
            name: '支委会签',
            assignees: { kind: 'people', people: signers.map(({ personId, name }) => ({ personId, name })) },
            mode: { kind: 'all' },
            timeLimit: { amount: 3, unit: 'working_days' },
            requires: { opinion: false, attachments: false, signature: true },
          },
        ],
        settings: { resubmitFrom: 'returning_stage' },
      },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** The ledger check the detail page's button runs, straight from the service. */
export async function verifyLedger(request: APIRequestContext, user: ApiUser, requestId: string) {
  const response = await request.get(`/api/approvals/requests/${requestId}/verify`, {
    headers: { Authorization: `Bearer ${user.token}` },
  });
  expect(response.ok()).toBe(true);
  return (await response.json()) as { intact: boolean; rows: number };
}
