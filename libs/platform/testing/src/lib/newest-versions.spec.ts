import { NewestVersions } from './newest-versions';

describe('a read model kept in memory', () => {
  it('keeps the highest version of each record, whatever order the writes arrive in', () => {
    const records = new NewestVersions<{ version: number; status: string }>();
    records.keep('a', { version: 1, status: 'opened' });
    records.keep('a', { version: 3, status: 'closed' });
    records.keep('a', { version: 2, status: 'assigned' });
    records.keep('b', { version: 0, status: 'opened' });
    expect(records.get('a')).toEqual({ version: 3, status: 'closed' });
    expect(records.get('b')).toEqual({ version: 0, status: 'opened' });
  });
});
