import { lintSnippet } from './lint-snippet';

const boundary = (messages: string[]) => messages.filter((m) => m.startsWith('@nx/enforce-module-boundaries'));

/**
 * Services, apps and the console share rules and contracts with the workflows, never the workflow
 * code itself: only the worker names a workflow library, by path, for Temporal to bundle.
 */
describe('who may import a workflows library', () => {
  it.each([
    ['libs/approvals/server', 'src/lib/snippet.ts', '@bastion/approvals-workflows'],
    ['libs/rectification/server', 'src/lib/snippet.spec.ts', '@bastion/rectification-workflows'],
    ['libs/development/server', 'src/lib/snippet.int-spec.ts', '@bastion/development-workflows'],
    ['apps/approvals', 'src/snippet.ts', '@bastion/approvals-workflows'],
    ['apps/console', 'src/app/snippet.ts', '@bastion/rectification-workflows'],
  ])('not %s (%s), which imports %s', (library, filename, workflows) => {
    const messages = lintSnippet(library, `import * as w from '${workflows}';\nexport const x = w;\n`, filename);
    expect(boundary(messages)).toEqual([expect.stringContaining('can only depend on libs tagged with')]);
  });

  it('lets a service import its rules and contracts instead', () => {
    const code =
      "import { trafficLight } from '@bastion/rectification-rules';\n" +
      "import { ITEM_WORKFLOW } from '@bastion/rectification-contracts';\n" +
      'export const x = [trafficLight, ITEM_WORKFLOW];\n';
    expect(boundary(lintSnippet('libs/rectification/server', code))).toEqual([]);
  });

  it('lets the console import a domain’s rules', () => {
    const code = "import { parentKindsOf } from '@bastion/identity-rules';\nexport const x = parentKindsOf;\n";
    expect(boundary(lintSnippet('apps/console', code, 'src/app/snippet.ts'))).toEqual([]);
  });
});
