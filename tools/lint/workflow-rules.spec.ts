import { lintSnippet } from './lint-snippet';

/** Lints a snippet as a file of the approvals workflows library, with that library's own config. */
const lintWorkflowCode = (code: string) => lintSnippet('libs/approvals/workflows', code);

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
