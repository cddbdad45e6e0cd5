/**
 * Native packages come in one npm package per platform, listed as optional dependencies of the
 * package that loads them (e.g. `@swc/core-darwin-arm64`). A lock file made against a registry
 * that serves only some platforms leaves the others out, and `npm ci` then refuses the lock as out
 * of sync. This fills in each missing platform package with its version and the platform it is
 * for, so `npm ci` skips it here and fetches it on the platform that needs it.
 */

export interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

export interface Lockfile {
  packages: Record<string, LockEntry>;
  [key: string]: unknown;
}

const OS = [
  'darwin',
  'win32',
  'linux',
  'android',
  'freebsd',
  'openbsd',
  'netbsd',
  'sunos',
  'aix',
  'openharmony',
];
const CPU: Record<string, string> = {
  arm64: 'arm64',
  aarch64: 'arm64',
  x64: 'x64',
  ia32: 'ia32',
  arm: 'arm',
  ppc64: 'ppc64',
  ppc64le: 'ppc64',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64',
  mips64el: 'mips64el',
};

/** Reads the platform a native package is for from its name, e.g. `…-linux-arm64-musl`. */
export function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> | null {
  const base = name.split('/').pop()!;
  // sass-embedded's two catch-all packages install only where no specific one applies.
  if (base.endsWith('-all-unknown')) return { cpu: ['!arm', '!arm64', '!riscv64', '!x64'] };
  if (base.endsWith('-unknown-all')) return { os: ['!android', '!darwin', '!linux', '!win32'] };
  const tokens = base.split('-');
  const os = tokens.find((t) => OS.includes(t));
  const cpuToken = tokens.find((t) => t in CPU);
  if (!os || !cpuToken) return null;
  const platform: Pick<LockEntry, 'os' | 'cpu' | 'libc'> = { os: [os], cpu: [CPU[cpuToken]!] };
  if (os === 'linux') {
    if (tokens.some((t) => t.startsWith('musl'))) platform.libc = ['musl'];
    else if (tokens.some((t) => t.startsWith('gnu'))) platform.libc = ['glibc'];
  }
  return platform;
}

/** An exact version from a dependency spec (`1.2.3`, `=1.2.3`, `^1.2.3` → 1.2.3). */
function versionOf(spec: string): string | null {
  const match = /(\d+\.\d+\.\d+(?:-[\w.]+)?)/.exec(spec);
  return match ? match[1]! : null;
}

/** Adds the missing platform packages to the lock; returns the names added. */
export function completePlatformPackages(lock: Lockfile): string[] {
  const added: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${path}/node_modules/${name}`;
      const hoisted = `node_modules/${name}`;
      if (lock.packages[nested] || lock.packages[hoisted]) continue;
      const platform = platformOf(name);
      const version = versionOf(spec);
      if (!platform || !version) continue;
      lock.packages[hoisted] = { version, optional: true, ...platform };
      added.push(name);
    }
  }
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
  );
  return added;
}
