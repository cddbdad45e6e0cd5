import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { bundleWorkflows, workflowSourcePath } from '@bastion/platform-temporal';

/**
 * Builds a service's Temporal workflow bundle ahead of time, so production workers load it
 * (WORKFLOW_BUNDLE_PATH) instead of compiling workflow source at start.
 *
 *   node tools/ts-node.js tools/deploy/build-workflow-bundle.ts <domain> <output.js> [<entry.ts>]
 *
 * The entry defaults to the domain's workflow library, `libs/<domain>/workflows/src/index.ts`;
 * naming one explicitly bundles any other workflow file under the domain's name.
 */
async function main(argv: string[]): Promise<number> {
  const [domain, output, entryArg] = argv;
  if (!domain || !output || argv.length > 3) {
    console.error('usage: build-workflow-bundle.ts <domain> <output.js> [<workflow entry .ts>]');
    return 2;
  }
  const entry = entryArg ? resolve(entryArg) : workflowSourcePath(domain);
  if (!existsSync(entry)) {
    console.error(
      entryArg
        ? `${entryArg}: no such workflow entry file.`
        : `"${domain}" has no workflow library (expected ${relative(process.cwd(), entry)}); ` +
            'nothing to bundle. Its worker runs activities only and needs no WORKFLOW_BUNDLE_PATH.',
    );
    return 1;
  }
  const started = Date.now();
  const { code } = await bundleWorkflows(entry);
  const target = resolve(output);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, code);
  const size = (Buffer.byteLength(code) / 1024).toFixed(0);
  console.log(
    `${domain}: bundled ${relative(process.cwd(), entry)} → ${relative(process.cwd(), target)} ` +
      `(${size} KiB, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
