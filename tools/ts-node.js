#!/usr/bin/env node
// Runs a TypeScript entry file from source with SWC, resolving the workspace's `@bastion/*`
// aliases and keeping decorator metadata (NestJS and TypeORM need it).
// Usage: node tools/ts-node.js <file.ts> [args…]
const path = require('node:path');

process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');

const [, , entry, ...rest] = process.argv;
if (!entry) {
  console.error('usage: node tools/ts-node.js <file.ts> [args…]');
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(entry), ...rest];
require(path.resolve(entry));
