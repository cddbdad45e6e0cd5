import { routeSchema } from '@bastion/approvals-contracts';
import { itemActionRequestSchema, itemActionTypes } from './item-actions';
import { defaultSourceConfig, findingSources } from './sources';
import { boardQuerySchema, itemListQuerySchema } from './api';

describe('source configuration', () => {
  it.each(findingSources)('gives %s valid sign-off routes', (source) => {
    const config = defaultSourceConfig(source);
    for (const route of Object.values(config.routes)) expect(routeSchema.safeParse(route).success).toBe(true);
  });

  it('gives inspection tours two months to report and the other sources three', () => {
    expect(defaultSourceConfig('inspection_tour').reportDeadlineMonths).toBe(2);
    expect(defaultSourceConfig('inspection_patrol').reportDeadlineMonths).toBe(3);
    expect(defaultSourceConfig('self_inspection').reportDeadlineMonths).toBe(3);
  });
});

describe('item actions', () => {
  it('lists every action type once', () => {
    expect(new Set(itemActionTypes).size).toBe(itemActionTypes.length);
    expect(itemActionTypes).toContain('look_back');
  });

  it.each([
    ['unknown fields', { type: 'urge', idempotencyKey: 'key-12345', whatever: 1 }],
    [
      'an extension without a reason',
      { type: 'request_extension', idempotencyKey: 'key-12345', newDeadline: '2026-12-31', reason: ' ' },
    ],
  ])('refuses %s', (_what, body) => {
    expect(itemActionRequestSchema.safeParse(body).success).toBe(false);
  });
});

describe('queries', () => {
  it('defaults the list to the task view sorted by deadline', () => {
    expect(itemListQuerySchema.parse({})).toMatchObject({ view: 'task', sort: 'deadline', limit: 20 });
  });

  it('wants a board of either a batch or an organisation', () => {
    expect(boardQuerySchema.safeParse({}).success).toBe(false);
    expect(boardQuerySchema.safeParse({ batchId: '8f0c2f1e-3d4b-4c5a-9e6f-7a8b9c0d1e2f' }).success).toBe(
      true,
    );
  });
});
