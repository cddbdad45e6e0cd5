import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const library = join(root, 'libs/approvals/workflows');

/**
 * Lints a snippet as a file of the approvals workflows library, with that library's own config,
 * through the ESLint command line (the config is an ES module, which Jest cannot load).
 */
function lintWorkflowCode(code: string): string[] {
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/eslint/bin/eslint.js'),
      '--stdin',
      '--stdin-filename',
      'src/lib/snippet.ts',
      '--format',
      'json',
      // The snippet is not on disk, so the rules that need the type checker sit this one out.
      '--parser-options',
      'projectService:false',
      '--rule',
      '@typescript-eslint/no-floating-promises: off',
      '--rule',
      '@typescript-eslint/no-misused-promises: off',
    ],
    { cwd: library, input: code, encoding: 'utf8' },
  );
  const [file] = JSON.parse(result.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return file!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint rules for workflow code', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';", 'Node built-ins'],
    ["import { createHash } from 'crypto';", 'Node built-ins'],
    ["import { Injectable } from '@nestjs/common';", 'NestJS'],
    ["import { DataSource } from 'typeorm';", 'database'],
    ["import { IdentityModule } from '@bastion/identity-server';", 'server or platform'],
    ["import { loadConfig } from '@bastion/platform-config';", 'server or platform'],
  ])('refuse %s', (line, why) => {
    const messages = lintWorkflowCode(`${line}\nexport const x = 1;\n`);
    expect(messages.some((m) => m.startsWith('no-restricted-imports') && m.includes(why))).toBe(true);
  });

  it('allow the Temporal workflow API and contracts', () => {
    const messages = lintWorkflowCode(
      "import { sleep } from '@temporalio/workflow';\nimport { APPROVALS_TASK_QUEUE } from '@bastion/approvals-contracts';\nexport const x = [sleep, APPROVALS_TASK_QUEUE];\n",
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toEqual([]);
  });
});
