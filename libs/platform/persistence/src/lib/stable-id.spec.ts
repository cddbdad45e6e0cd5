import { idSchema } from '@bastion/shared-contracts';
import { stableUuid } from './stable-id';

describe('stableUuid', () => {
  it('gives the same valid UUID for the same parts, and another for other parts', () => {
    const id = stableUuid('general-request', 'u1', 'click-0001');
    expect(idSchema.safeParse(id).success).toBe(true);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid('general-request', 'u1', 'click-0001')).toBe(id);
    expect(stableUuid('general-request', 'u2', 'click-0001')).not.toBe(id);
  });
});
