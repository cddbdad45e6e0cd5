import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { completePlatformPackages, type Lockfile, platformOf } from './platform-packages';

describe('platform packages', () => {
  it.each([
    ['@swc/core-darwin-arm64', { os: ['darwin'], cpu: ['arm64'] }],
    ['@swc/core-win32-ia32-msvc', { os: ['win32'], cpu: ['ia32'] }],
    ['@rollup/rollup-linux-x64-musl', { os: ['linux'], cpu: ['x64'], libc: ['musl'] }],
    ['@rollup/rollup-linux-arm-gnueabihf', { os: ['linux'], cpu: ['arm'], libc: ['glibc'] }],
    ['sass-embedded-android-riscv64', { os: ['android'], cpu: ['riscv64'] }],
    ['@unrs/resolver-binding-openharmony-arm64', { os: ['openharmony'], cpu: ['arm64'] }],
    ['sass-embedded-all-unknown', { cpu: ['!arm', '!arm64', '!riscv64', '!x64'] }],
  ])('reads the platform of %s from its name', (name, platform) => {
    expect(platformOf(name)).toEqual(platform);
  });

  it('does not guess for a name without a platform', () => {
    expect(platformOf('left-pad')).toBeNull();
  });

  it('adds only what is missing, with the version the parent asks for', () => {
    const lock: Lockfile = {
      packages: {
        '': {},
        'node_modules/@swc/core': {
          version: '1.16.22',
          optionalDependencies: { '@swc/core-darwin-arm64': '1.16.22', '@swc/core-linux-x64-gnu': '1.16.22' },
        },
        'node_modules/@swc/core-linux-x64-gnu': { version: '1.16.22', optional: true },
      },
    };
    expect(completePlatformPackages(lock)).toEqual(['@swc/core-darwin-arm64']);
    expect(lock.packages['node_modules/@swc/core-darwin-arm64']).toEqual({
      version: '1.16.22',
      optional: true,
      os: ['darwin'],
      cpu: ['arm64'],
    });
    expect(lock.packages['node_modules/@swc/core-linux-x64-gnu']).toEqual({
      version: '1.16.22',
      optional: true,
    });
    expect(completePlatformPackages(lock)).toEqual([]);
  });
});

describe('the repository lock file', () => {
  it('lists every platform package, so `npm ci` accepts it on any machine', () => {
    const lock = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'package-lock.json'), 'utf8'),
    ) as Lockfile;
    expect(completePlatformPackages(lock)).toEqual([]);
  });
});
