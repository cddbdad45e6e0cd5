import type { PaperRecord, PaperRecordRow } from '../forms/paper-record';

/** Problems with the fields of a row, by field. */
export type RowFieldProblems<F extends string> = Partial<Record<F, string>>;

/** What the service found wrong with a paper record, by the index of the row it names. */
export interface PlacedRows<F extends string> {
  rows: ReadonlyMap<number, readonly string[]>;
  fields: ReadonlyMap<number, RowFieldProblems<F>>;
  /** What fits no row. */
  other: string[];
}

/**
 * The console's own checks of each row, kept by the row's key: `missing` says what a row lacks,
 * in the reader's words. What the service said of the rows before is cleared. Answers whether
 * every row is complete.
 */
export function checkRows<R extends PaperRecordRow<R['draft']>, F extends string>(
  record: PaperRecord<R, F>,
  missing: (row: R) => RowFieldProblems<F>,
): boolean {
  const fields = new Map<number, RowFieldProblems<F>>();
  for (const row of record.rows()) {
    const problems = missing(row);
    if (Object.keys(problems).length) fields.set(row.key, problems);
  }
  record.fieldProblems.set(fields);
  record.rowProblems.set(new Map());
  return fields.size === 0;
}

/**
 * Puts the service's problems on the rows they name, kept by the rows' keys so that they stay
 * with a row when it moves, each said in the reader's words (`row` for a row's own problems,
 * `field` for a field's). Answers the problems it put on fields.
 */
export function placeOnRows<R extends PaperRecordRow<R['draft']>, F extends string>(
  record: PaperRecord<R, F>,
  placed: PlacedRows<F>,
  say: { row: (problem: string) => string; field: (problem: string) => string },
): ReadonlyMap<number, RowFieldProblems<F>> {
  const rows = record.rows();
  const keyOf = (index: number) => rows[index]!.key;
  record.rowProblems.set(new Map([...placed.rows].map(([i, list]) => [keyOf(i), list.map(say.row)])));
  const onFields = new Map(
    [...placed.fields].map(([i, fields]) => [
      keyOf(i),
      Object.fromEntries(
        Object.entries(fields).map(([field, problem]) => [field, say.field(problem as string)]),
      ) as RowFieldProblems<F>,
    ]),
  );
  record.fieldProblems.set(onFields);
  record.otherProblems.set(placed.other);
  return onFields;
}

/** How many problems the service left on the rows as a whole. */
export function rowProblemCount<R extends PaperRecordRow<R['draft']>, F extends string>(
  record: PaperRecord<R, F>,
): number {
  return [...record.rowProblems().values()].reduce((n, list) => n + list.length, 0);
}
