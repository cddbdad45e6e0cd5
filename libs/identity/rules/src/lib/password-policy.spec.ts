import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commonPasswordCount, passwordProblems, passwordRefusal } from './password-policy';

describe('password rules', () => {
  it.each(['Forest#Farm9', 'correct horse battery staple', '林场巡护员二〇二六年'])(
    'accepts %s',
    (pw) => {
      expect(passwordProblems(pw, ['zhang.wei'])).toEqual([]);
    },
  );

  it('refuses fewer than 8 characters', () => {
    expect(passwordProblems('Ab1!xyz')).toEqual(['must be at least 8 characters']);
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblems('林场巡护员二〇二')).not.toContain('must be at least 8 characters');
  });

  it('refuses more than 128 characters', () => {
    expect(passwordProblems('x'.repeat(129))).toEqual(['must be at most 128 characters']);
  });

  it.each(['password', 'Password1', '12345678', 'qwertyuiop', 'iloveyou'])(
    'refuses the common password %s',
    (pw) => {
      expect(passwordProblems(pw)).toEqual(['is a commonly used password']);
    },
  );

  it('refuses a password built on the user name', () => {
    expect(passwordProblems('zhang.wei2026!', ['zhang.wei'])).toEqual([
      'must not contain your user name or name',
    ]);
  });

  it.each(['aaaaaaaaaa', 'abcdefgh1', 'asdfghjkl;', '2026202620'])(
    'refuses the easily guessed pattern %s',
    (pw) => {
      expect(passwordProblems(pw)).toEqual(['is too easy to guess']);
    },
  );

  it('checks against a list of at least 10,000 common passwords', () => {
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });

  it('takes the list from a production dependency, which every service image installs', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../../../package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies)).toEqual(
      expect.arrayContaining(['@zxcvbn-ts/core', '@zxcvbn-ts/language-common']),
    );
  });

  it.each(['sunshine1', 'football', 'Princess', 'letmein1', 'dragon123', 'qwerty123'])(
    'refuses %s as a common password, with its own code',
    (pw) => {
      expect(passwordRefusal(pw)).toEqual({ code: 'COMMON_PASSWORD', problems: ['is a commonly used password'] });
    },
  );

  it.each(['Demo@2026', 'demo@2026!', 'MyDemo2026pw', 'Bastion#Forest9', 'myBASTIONkey!'])(
    'refuses %s, built on the product name or the demo password',
    (pw) => {
      expect(passwordRefusal(pw)?.code).toBe('SYSTEM_WORD_PASSWORD');
    },
  );

  it('refuses a password built on an organisation name of the tree', () => {
    const systemWords = ['甲林场党支部', '国有林场集团党委'];
    expect(passwordRefusal('甲林场党支部2026年!', { systemWords })).toEqual({
      code: 'SYSTEM_WORD_PASSWORD',
      problems: ['must not contain a name or word of this system'],
    });
    expect(passwordRefusal('林场巡护员二〇二六年', { systemWords })).toBeNull();
  });

  it('ignores a one-letter organisation name rather than refusing every password with that letter', () => {
    expect(passwordRefusal('Forest#Farm9', { systemWords: ['F', 'a'] })).toBeNull();
  });
});
