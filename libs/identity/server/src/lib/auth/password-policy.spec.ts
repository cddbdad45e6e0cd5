import { passwordProblems } from './password-policy';

describe('password rules', () => {
  it.each(['Demo@2026', 'Forest#Farm9', 'correct horse battery staple', '林场巡护员二〇二六年'])(
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
});
