import type { LedgerVerification } from '@bastion/approvals-contracts';

/** One request's verdict as the command prints it: a line, then one line per problem. */
export function formatVerdict(verdict: LedgerVerification): string {
  const rows = `${verdict.rows} row${verdict.rows === 1 ? '' : 's'}`;
  if (verdict.intact) return `${verdict.requestId}: intact (${rows})`;
  return [
    `${verdict.requestId}: BROKEN (${rows}, ${verdict.problems.length} problem${verdict.problems.length === 1 ? '' : 's'})`,
    ...verdict.problems.map((p) => `  row ${p.seq}: ${p.problem}`),
  ].join('\n');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type VerifyTarget = { kind: 'one'; requestId: string } | { kind: 'all' };

/** `<requestId>` or `--all`; anything else is a usage error (null). */
export function parseTarget(argv: readonly string[]): VerifyTarget | null {
  if (argv.length !== 1) return null;
  const [arg] = argv as [string];
  if (arg === '--all') return { kind: 'all' };
  return UUID.test(arg) ? { kind: 'one', requestId: arg.toLowerCase() } : null;
}
