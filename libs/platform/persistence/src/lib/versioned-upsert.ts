import { shanghaiDateOf } from '@bastion/calendar';
import type { EntityManager } from 'typeorm';

/**
 * What a versioned write did: wrote the first row, replaced the row with a newer version, found
 * the row already at that version or newer (a retried or reordered write), or found it
 * terminated by an administrator and left everything as it was.
 */
export type VersionedOutcome = 'inserted' | 'updated' | 'stale' | 'terminated';

/** The columns every versioned read-model row has. */
export interface VersionedRow {
  version: number;
  status: string;
}

export interface VersionedUpsert<Locked extends VersionedRow, Prepared> {
  /** The read model's table as SQL names it, schema-qualified: `rectification.item`, `development."case"`. */
  table: string;
  id: string;
  /** The incoming version: it replaces the row only when newer than the row's. */
  version: number;
  /** Further columns of the locked row the writer needs, besides `version` and `status`. */
  columns?: readonly string[];
  /** Runs once the row is locked (or known absent), before anything is written. */
  prepare?: (locked: Locked | undefined) => Promise<Prepared>;
  /** Writes the first row; false when another write got there first. */
  insert: (prepared: Prepared) => Promise<boolean>;
  /** Replaces the row, guarded by `version < incoming` itself; whether it changed the row. */
  update: (prepared: Prepared, locked: Locked | undefined) => Promise<boolean>;
  /** Rows that belong to one version (tasks, clocks): rewritten only when the row was written. */
  replace?: (prepared: Prepared) => Promise<void>;
  /** Rows appended once each by their key (transitions, entries, ledger rows): written on every write not refused. */
  append?: (prepared: Prepared, locked: Locked | undefined) => Promise<void>;
}

/**
 * The one sequence of every read-model writer fed by a workflow, inside the caller's
 * transaction: lock the row; leave a terminated one alone; insert it if absent, else replace it
 * only with a newer version; rewrite what belongs to the version only when the row was written;
 * append what is keyed once. A retried, repeated or reordered write therefore changes nothing.
 */
export async function upsertVersioned<Locked extends VersionedRow, Prepared = undefined>(
  tx: EntityManager,
  spec: VersionedUpsert<Locked, Prepared>,
): Promise<VersionedOutcome> {
  const columns = ['version', 'status', ...(spec.columns ?? [])].map((c) => `"${c}"`).join(', ');
  const [locked] = (await tx.query(`SELECT ${columns} FROM ${spec.table} WHERE id = $1 FOR UPDATE`, [
    spec.id,
  ])) as Locked[];
  // An administrator terminated the record; a write still in flight from before changes nothing.
  if (locked?.status === 'terminated') return 'terminated';
  const prepared = (spec.prepare ? await spec.prepare(locked) : undefined) as Prepared;
  let outcome: VersionedOutcome = 'stale';
  if (!locked && (await spec.insert(prepared))) outcome = 'inserted';
  // Absent a moment ago but inserted since by another write: the guarded update decides.
  else if ((!locked || locked.version < spec.version) && (await spec.update(prepared, locked))) {
    outcome = 'updated';
  }
  if (outcome !== 'stale') await spec.replace?.(prepared);
  await spec.append?.(prepared, locked);
  return outcome;
}

/**
 * Inserts whole rows given as JSON objects named by column (`jsonb_populate_recordset`), each
 * once by its `key` (a unique constraint of the table; the id by default), or all when `key` is
 * null. Answers how many were new.
 */
export async function insertRowsOnce(
  tx: EntityManager,
  table: string,
  rows: readonly Record<string, unknown>[],
  key: readonly string[] | null = ['id'],
): Promise<number> {
  if (!rows.length) return 0;
  const inserted = (await tx.query(
    `INSERT INTO ${table}
       SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)
     ${key ? `ON CONFLICT (${key.join(', ')}) DO NOTHING ` : ''}RETURNING 1`,
    [JSON.stringify(rows)],
  )) as unknown[];
  return inserted.length;
}

/**
 * Replaces the named columns of a row from a JSON object of the same table, only when its
 * `version` is newer than the row's. Answers whether it changed the row.
 */
export async function updateIfNewer(
  tx: EntityManager,
  table: string,
  columns: readonly string[],
  row: Record<string, unknown>,
): Promise<boolean> {
  const assignments = columns.map((c) => `"${c}" = r."${c}"`).join(', ');
  // An UPDATE answers with its rows and how many it changed.
  const [, changed] = (await tx.query(
    `UPDATE ${table} AS t SET ${assignments}
       FROM jsonb_populate_record(NULL::${table}, $1::jsonb) AS r
      WHERE t.id = r.id AND t.version < r.version`,
    [JSON.stringify(row)],
  )) as [unknown, number];
  return changed > 0;
}

/**
 * The columns a newer version of a read-model row rewrites: all of the table's but those kept as
 * first written (its id, its number, when it was opened).
 */
export function rewrittenColumns<C extends string>(
  columns: readonly C[],
  keptAsFirstWritten: readonly C[],
): C[] {
  return columns.filter((c) => !keptAsFirstWritten.includes(c));
}

/** `count` serials drawn from a sequence (schema-qualified), in order: the numbers of new records. */
export async function nextSerials(
  db: Pick<EntityManager, 'query'>,
  sequence: string,
  count = 1,
): Promise<number[]> {
  const rows = (await db.query(`SELECT nextval('${sequence}')::int AS n FROM generate_series(1, $1)`, [
    count,
  ])) as { n: number }[];
  return rows.map((row) => row.n);
}

/** The version of a read-model row (schema-qualified `table`); undefined before its first write. */
export async function versionOf(
  db: Pick<EntityManager, 'query'>,
  table: string,
  id: string,
): Promise<number | undefined> {
  const [row] = (await db.query(`SELECT version FROM ${table} WHERE id = $1`, [id])) as { version: number }[];
  return row?.version;
}

/** An entry of a record's history (an item's transition, a case's entry) as the read model keeps it. */
export interface HistoryEntry {
  actor?: { personId: string | null; name: string } | null;
  automatic: boolean;
  at: string;
  note: string | null;
  files: unknown[];
  requestId?: string | null;
}

/** A person a row names, as the two columns every table keeps of one: `<role>_person_id`, `<role>_name`. */
export function personColumns<Role extends string>(
  role: Role,
  person: { personId: string | null; name: string } | null | undefined,
): Record<`${Role}_person_id` | `${Role}_name`, string | null> {
  return {
    [`${role}_person_id`]: person?.personId ?? null,
    [`${role}_name`]: person?.name ?? null,
  } as Record<`${Role}_person_id` | `${Role}_name`, string | null>;
}

/** The columns every history row has alike, keyed as the tables name them. */
export function historyColumns(entry: HistoryEntry): Record<string, unknown> {
  return {
    ...personColumns('actor', entry.actor),
    automatic: entry.automatic,
    at: entry.at,
    note: entry.note,
    files: entry.files,
    request_id: entry.requestId ?? null,
  };
}

/** `FZ2026-000042`: a record's number, by a prefix, the Shanghai year of an instant and a zero-padded serial. */
export function recordNumber(prefix: string, at: string, serial: number, digits: number): string {
  return `${prefix}${shanghaiDateOf(new Date(at)).slice(0, 4)}-${String(serial).padStart(digits, '0')}`;
}
