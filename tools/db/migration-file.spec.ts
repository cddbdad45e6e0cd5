import { migrationIndexSource, migrationSource, pascal } from './migration-file';

describe('migration files', () => {
  it('names classes in PascalCase', () => {
    expect(pascal('add-org_events')).toBe('AddOrgEvents');
  });

  it('writes up and down statements, down in the order given', () => {
    const source = migrationSource('Init1700000000000', ['CREATE TABLE "a" ()'], ['DROP TABLE "a"']);
    expect(source).toContain('export class Init1700000000000 implements MigrationInterface');
    expect(source).toContain('await queryRunner.query(`CREATE TABLE "a" ()`);');
    expect(source).toContain('await queryRunner.query(`DROP TABLE "a"`);');
  });

  it('escapes backticks and template placeholders in statements', () => {
    const source = migrationSource('X1', ["SELECT '`${x}'"], []);
    expect(source).toContain("await queryRunner.query(`SELECT '\\`\\${x}'`);");
  });

  it('indexes migrations oldest first and ignores other files', () => {
    const index = migrationIndexSource('xMigrations', [
      '1700000000002-Second.ts',
      'index.ts',
      '1700000000001-init.ts',
    ]);
    expect(index).toContain(`import { Init1700000000001 } from './1700000000001-init';`);
    expect(index).toContain('export const xMigrations = [Init1700000000001, Second1700000000002];');
  });
});
