import { randomBytes } from 'node:crypto';
import {
  birthDateOfIdNumber,
  genderOfIdNumber,
  IdNumberVault,
  idNumberProblem,
  maskIdNumber,
} from './id-number';

// Well-known sample numbers with valid check characters.
const valid = [
  '11010519491231002X',
  '440524198001010013',
  '110101199003074477',
  '110101199003070134',
  '320102198511203520',
];

describe('resident ID numbers', () => {
  it.each(valid)('%s is valid', (id) => {
    expect(idNumberProblem(id)).toBeNull();
  });

  it.each([
    ['too short', '1101051949123100'],
    ['letters inside', '11010519491231A02X'],
    ['lower-case x (input is upper-cased first)', '11010519491231002x'],
  ])('%s is refused', (_why, id) => {
    expect(idNumberProblem(id)).toMatch(/17 digits/);
  });

  it('a wrong check character is refused', () => {
    expect(idNumberProblem('110105194912310021')).toMatch(/check character/);
  });

  it('an impossible birth date is refused even with a matching check character', () => {
    // 1990-02-30 with its check character computed.
    const body = '11010119900230007';
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = weights.reduce((a, w, i) => a + w * Number(body[i]), 0);
    expect(idNumberProblem(body + '10X98765432'[sum % 11])).toMatch(/birth date/);
  });

  it('carries the birth date and gender', () => {
    expect(birthDateOfIdNumber('11010519491231002X')).toBe('1949-12-31');
    expect(genderOfIdNumber('11010519491231002X')).toBe('female');
    expect(genderOfIdNumber('440524198001010013')).toBe('male');
  });

  it('is masked to the first three and last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
  });
});

describe('the ID-number vault', () => {
  const vault = new IdNumberVault(randomBytes(32));

  it('decrypts what it encrypted', () => {
    expect(vault.decrypt(vault.encrypt('11010519491231002X'))).toBe('11010519491231002X');
  });

  it('never stores the number in the clear and never the same ciphertext twice', () => {
    const a = vault.encrypt('11010519491231002X');
    const b = vault.encrypt('11010519491231002X');
    expect(a).not.toContain('11010519491231002X');
    expect(a).not.toBe(b);
  });

  it('gives a stable digest for lookups', () => {
    expect(vault.digest('11010519491231002X')).toBe(vault.digest('11010519491231002X'));
    expect(vault.digest('11010519491231002X')).not.toBe(vault.digest('440524198001010013'));
  });

  it('refuses a tampered ciphertext', () => {
    const stored = vault.encrypt('11010519491231002X');
    const parts = stored.split(':');
    const body = Buffer.from(parts[3]!, 'base64');
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString('base64');
    expect(() => vault.decrypt(parts.join(':'))).toThrow();
  });

  it('cannot be read with another key', () => {
    const other = new IdNumberVault(randomBytes(32));
    expect(() => other.decrypt(vault.encrypt('11010519491231002X'))).toThrow();
  });

  it('wants a 32-byte key', () => {
    expect(() => new IdNumberVault(randomBytes(16))).toThrow(/32 bytes/);
  });
});
