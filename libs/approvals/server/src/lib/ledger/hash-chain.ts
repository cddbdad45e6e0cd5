import { createHash } from 'node:crypto';

/** What the first row of every request links to. */
export const GENESIS_HASH = '0'.repeat(64);

/** Bumped if the serialisation below ever changes; part of every hash, so old rows stay checkable. */
const DOMAIN = 'bastion/approvals-ledger/v1';

export interface LedgerAttachmentRef {
  id: string;
  name: string;
  sha256: string;
}

/** Every field of a ledger row but its own hash: what the hash covers. */
export interface LedgerFields {
  requestId: string;
  seq: number;
  /** ISO-8601 in UTC with milliseconds, as `Date#toISOString` writes it. */
  at: string;
  stageIndex: number | null;
  stageName: string | null;
  actorPersonId: string | null;
  actorName: string | null;
  onBehalfOfPersonId: string | null;
  onBehalfOfName: string | null;
  action: string;
  automatic: boolean;
  opinion: string | null;
  attachments: LedgerAttachmentRef[];
  signatureSha256: string | null;
  detail: Record<string, unknown> | null;
  prevHash: string;
}

export interface HashedLedgerRow extends LedgerFields {
  hash: string;
}

/**
 * JSON with object keys sorted at every depth and `undefined` members left out, so the same
 * content always gives the same text — whatever order PostgreSQL's jsonb hands keys back in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`Cannot hash the number ${value}`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      }
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`Cannot hash a ${typeof value}`);
  }
}

/** The fields a row's hash covers: every one but the hash itself. */
const COVERED_FIELDS = [
  'requestId',
  'seq',
  'at',
  'stageIndex',
  'stageName',
  'actorPersonId',
  'actorName',
  'onBehalfOfPersonId',
  'onBehalfOfName',
  'action',
  'automatic',
  'opinion',
  'attachments',
  'signatureSha256',
  'detail',
  'prevHash',
] as const satisfies readonly (keyof LedgerFields)[];

/** Just the fields a hash covers, of a row that may carry more (its hash, a loaded relation). */
export function coveredFields(row: LedgerFields): LedgerFields {
  return Object.fromEntries(COVERED_FIELDS.map((field) => [field, row[field]])) as unknown as LedgerFields;
}

/** SHA-256 (hex) over the canonical serialisation of the row's fields, its link included. */
export function ledgerHash(fields: LedgerFields): string {
  return createHash('sha256')
    .update(`${DOMAIN}\n${canonicalJson(coveredFields(fields))}`, 'utf8')
    .digest('hex');
}

/** Links rows that follow each other into the chain after `prevHash`, and hashes each one. */
export function chainRows(prevHash: string, rows: Omit<LedgerFields, 'prevHash'>[]): HashedLedgerRow[] {
  let previous = prevHash;
  return rows.map((row) => {
    const linked: LedgerFields = { ...row, prevHash: previous };
    const hash = ledgerHash(linked);
    previous = hash;
    return { ...linked, hash };
  });
}

export interface ChainProblem {
  seq: number;
  problem: string;
}

export interface ChainVerdict {
  intact: boolean;
  problems: ChainProblem[];
}

/** Where the request says its chain ends: how many rows it wrote, and the last one's hash. */
export interface ChainHead {
  seq: number;
  hash: string | null;
}

/**
 * Checks a request's ledger: sequence numbers run 1..n without a gap, every row links to the one
 * before it, every row's content still gives its hash, and the chain ends where the request says
 * it does (a chain cut short at the end is still a valid chain on its own).
 */
export function verifyChain(rows: readonly HashedLedgerRow[], head?: ChainHead): ChainVerdict {
  const problems: ChainProblem[] = [];
  const ordered = [...rows].sort((a, b) => a.seq - b.seq);
  let previous = GENESIS_HASH;
  ordered.forEach((row, i) => {
    if (row.seq !== i + 1) {
      problems.push({ seq: row.seq, problem: `expected row ${i + 1} here: a row is missing` });
    }
    if (row.prevHash !== previous) {
      problems.push({ seq: row.seq, problem: 'does not link to the row before it' });
    }
    if (ledgerHash(row) !== row.hash) {
      problems.push({ seq: row.seq, problem: 'its content no longer matches its hash' });
    }
    previous = row.hash;
  });
  if (head) {
    const last = ordered[ordered.length - 1];
    if (ordered.length !== head.seq) {
      problems.push({
        seq: last?.seq ?? 0,
        problem: `the request wrote ${head.seq} rows, the ledger holds ${ordered.length}`,
      });
    } else if (head.hash !== null && last && last.hash !== head.hash) {
      problems.push({ seq: last.seq, problem: 'the last row is not the one the request recorded' });
    }
  }
  return { intact: problems.length === 0, problems };
}
