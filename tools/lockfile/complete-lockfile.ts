import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { completePlatformPackages, type Lockfile } from './platform-packages';

/** `npm run lockfile:complete` after any `npm install` that changed package-lock.json. */
const file = join(__dirname, '..', '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(file, 'utf8')) as Lockfile;
const added = completePlatformPackages(lock);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added.length ? `added ${added.length} platform packages:\n  ${added.join('\n  ')}` : 'nothing missing',
);
