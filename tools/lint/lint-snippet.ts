import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/**
 * Lints a snippet as the file `filename` of the library at `library` (relative to the workspace),
 * with that library's own config, through the ESLint command line (the configs are ES modules,
 * which Jest cannot load). Returns the messages as `rule: message`.
 */
export function lintSnippet(library: string, code: string, filename = 'src/lib/snippet.ts'): string[] {
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/eslint/bin/eslint.js'),
      '--stdin',
      '--stdin-filename',
      filename,
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
    { cwd: join(root, library), input: code, encoding: 'utf8' },
  );
  const [file] = JSON.parse(result.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return file!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}
