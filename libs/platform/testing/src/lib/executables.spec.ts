import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOnPath } from './executables';

describe('findOnPath', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bastion-path-'));
  const program = join(dir, 'temporal');
  writeFileSync(program, '#!/bin/sh\n');
  chmodSync(program, 0o755);
  const plain = join(dir, 'not-executable');
  writeFileSync(plain, '');

  it('finds a program in a PATH entry', () => {
    expect(findOnPath('temporal', undefined, `/nonexistent:${dir}`)).toBe(program);
  });

  it('returns undefined when no entry has it', () => {
    expect(findOnPath('temporal', undefined, '/nonexistent')).toBeUndefined();
  });

  it('prefers an explicit path', () => {
    expect(findOnPath('whatever', program, '')).toBe(program);
  });

  it('refuses an explicit path that cannot run', () => {
    expect(() => findOnPath('x', plain, '')).toThrow(/not an executable/);
  });
});
