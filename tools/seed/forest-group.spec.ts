import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { officeRoles } from '@bastion/identity-contracts';
import { forestGroupDataset } from './forest-group';

describe('the demo forest group', () => {
  const { dataset, accounts } = forestGroupDataset();

  it('is the same on every run', () => {
    expect(forestGroupDataset().dataset.people.map((p) => p.idNumber)).toEqual(
      dataset.people.map((p) => p.idNumber),
    );
  });

  it('has a group committee, three bureau committees and about 30 branches', () => {
    const count = (kind: string) => dataset.orgs.filter((o) => o.kind === kind).length;
    expect(count('committee')).toBe(4);
    expect(count('general_branch')).toBeGreaterThanOrEqual(3);
    expect(count('branch')).toBeGreaterThanOrEqual(28);
    expect(count('branch')).toBeLessThanOrEqual(35);
    expect(count('party_group')).toBeGreaterThan(0);
  });

  it('has about 1,500 people, most of them full members', () => {
    expect(dataset.people.length).toBeGreaterThanOrEqual(1_300);
    expect(dataset.people.length).toBeLessThanOrEqual(1_700);
    const full = dataset.people.filter((p) => p.membership?.status === 'full').length;
    expect(full / dataset.people.length).toBeGreaterThan(0.7);
    expect(dataset.people.some((p) => p.membership?.status === 'probationary')).toBe(true);
    expect(dataset.people.some((p) => !p.membership)).toBe(true);
  });

  it('gives every person a unique, valid ID number', () => {
    const ids = dataset.people.map((p) => p.idNumber!);
    expect(new Set(ids).size).toBe(ids.length);
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    for (const id of ids) {
      const sum = weights.reduce((a, w, i) => a + w * Number(id[i]), 0);
      expect(id[17]).toBe('10X98765432'[sum % 11]);
    }
  });

  it('fills offices at every level', () => {
    const roles = new Set(dataset.offices.map((o) => o.role));
    for (const role of officeRoles) {
      expect(roles).toContain(role);
    }
  });

  it('gives one login to each person and unique user names', () => {
    const names = dataset.users.map((u) => u.username);
    expect(new Set(names).size).toBe(names.length);
    const owners = dataset.users.filter((u) => u.personKey).map((u) => u.personKey);
    expect(new Set(owners).size).toBe(owners.length);
  });

  it('lists every named demo account in the README', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    for (const account of accounts) expect(readme).toContain(`\`${account.username}\``);
  });
});
