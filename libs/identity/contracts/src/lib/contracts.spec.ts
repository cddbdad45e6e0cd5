import {
  createOrgSchema,
  createPersonSchema,
  loginSchema,
  personListQuerySchema,
  updateOrgSchema,
} from '../index';

describe('identity contracts', () => {
  it('refuse unknown fields in a login', () => {
    expect(loginSchema.safeParse({ username: 'a', password: 'b', remember: true }).success).toBe(false);
  });

  it('upper-case the ID number check character', () => {
    const person = createPersonSchema.parse({
      name: '张伟',
      gender: 'female',
      idNumber: ' 11010519491231002x ',
      orgId: '6bd3ec7d-9629-45d6-8c5d-048f10cae76e',
    });
    expect(person.idNumber).toBe('11010519491231002X');
  });

  it('want an organisation name of 2 to 100 characters', () => {
    const org = { parentId: null, kind: 'committee' };
    expect(createOrgSchema.safeParse({ ...org, name: '党' }).success).toBe(false);
    expect(createOrgSchema.safeParse({ ...org, name: '党委' }).success).toBe(true);
    expect(createOrgSchema.safeParse({ ...org, name: '党'.repeat(101) }).success).toBe(false);
  });

  it('need the loaded version to edit an organisation', () => {
    expect(updateOrgSchema.safeParse({ name: '新名称' }).success).toBe(false);
    expect(updateOrgSchema.safeParse({ name: '新名称', version: 3 }).success).toBe(true);
  });

  it('default the people list to sorting by name', () => {
    expect(personListQuerySchema.parse({}).sort).toBe('name');
    expect(personListQuerySchema.safeParse({ status: 'retired' }).success).toBe(false);
  });
});
