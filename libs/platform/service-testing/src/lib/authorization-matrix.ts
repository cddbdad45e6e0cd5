import { startedForSuite } from './suite-service';

/**
 * The authorization matrix every service keeps: each route called by each kind of caller on a
 * record in each scope (inside the caller's reach, outside it), and what the caller must meet.
 *
 *   ok   the call passes authorization (it may then be refused for the record's state or its
 *        input, so the matrix changes nothing)
 *   401  no token
 *   403  the caller can see the record but may not do this
 *   404  the record does not exist for the caller
 */
export type Outcome = 'ok' | 401 | 403 | 404;

/** The outcome a response stands for: a refusal of authorization, or past it. */
export function outcomeOf(status: number): Outcome {
  return status === 401 || status === 403 || status === 404 ? status : 'ok';
}

/**
 * The callers of a matrix, in order: the rows of its first table, so that they are named once
 * (every other table takes `Record<Caller, …>` of them).
 */
export function callersOf<Caller extends string>(table: Record<Caller, unknown>): Caller[] {
  return Object.keys(table) as Caller[];
}

/** A table where every caller meets `outcome` but those `named` (its rows as the table is typed). */
export function everyoneBut<Caller extends string, Row extends Outcome | readonly Outcome[] = Outcome>(
  callers: readonly Caller[],
  outcome: NoInfer<Row>,
  named: Partial<Record<Caller, NoInfer<Row>>>,
): Record<Caller, Row> {
  const row = (caller: Caller): Row => named[caller] ?? outcome;
  return Object.fromEntries(callers.map((caller) => [caller, row(caller)])) as Record<Caller, Row>;
}

/** A table of what callers may see, made a table of a deed none of them may do: where they see, 403. */
export function refusedWhereSeen<Table extends Record<string, Outcome | readonly Outcome[]>>(
  table: Table,
): Table {
  const refused = (outcome: Outcome): Outcome => (outcome === 'ok' ? 403 : outcome);
  return Object.fromEntries(
    Object.entries(table).map(([caller, row]) => [
      caller,
      typeof row === 'object' ? row.map(refused) : refused(row),
    ]),
  ) as Table;
}

export interface MatrixRoute<Caller extends string, Target, Client> {
  name: string;
  call: (client: Client, target: Target) => Promise<{ status: number }>;
  /** Per caller, the outcome in each scope of the matrix, in order (one outcome: a one-scope matrix). */
  expect: Record<Caller, Outcome | readonly Outcome[]>;
}

export interface AuthorizationMatrix<Caller extends string, Scope extends string, Target, Client> {
  callers: readonly Caller[];
  /** Where the routes are called, in the order of each route's outcomes. */
  scopes: readonly Scope[];
  routes: readonly MatrixRoute<Caller, Target, Client>[];
  /** The client of a caller, and the records of a scope, once the suite's setup has run. */
  client: (caller: Caller) => Client;
  target: (scope: Scope) => Target;
}

export interface MatrixCase<Caller extends string, Scope extends string, Target, Client> {
  route: MatrixRoute<Caller, Target, Client>;
  caller: Caller;
  scope: Scope;
  outcome: Outcome;
}

/** Every route × caller × scope the matrix checks, with its expected outcome. */
export function matrixCases<Caller extends string, Scope extends string, Target, Client>(
  matrix: Pick<AuthorizationMatrix<Caller, Scope, Target, Client>, 'callers' | 'scopes' | 'routes'>,
): MatrixCase<Caller, Scope, Target, Client>[] {
  return matrix.routes.flatMap((route) =>
    matrix.callers.flatMap((caller) => {
      const expected = route.expect[caller];
      const outcomes: readonly Outcome[] = Array.isArray(expected) ? expected : [expected as Outcome];
      if (outcomes.length !== matrix.scopes.length) {
        throw new Error(
          `${route.name} as ${caller}: ${outcomes.length} outcomes for ${matrix.scopes.length} scopes`,
        );
      }
      return matrix.scopes.map((scope, i) => ({ route, caller, scope, outcome: outcomes[i]! }));
    }),
  );
}

/**
 * One test per route × caller × scope: the call never fails (no 5xx) and meets the expected
 * outcome. Answers the cases, for checks over all of them (the refusals on record, say).
 */
export function checkAuthorizationMatrix<Caller extends string, Scope extends string, Target, Client>(
  matrix: AuthorizationMatrix<Caller, Scope, Target, Client>,
): MatrixCase<Caller, Scope, Target, Client>[] {
  const cases = matrixCases(matrix);
  describe.each(matrix.routes.map((route) => ({ name: route.name, route })))('$name', ({ route }) => {
    const ofRoute = cases.filter((c) => c.route === route);
    it.each(ofRoute.map((c) => [c.caller, c.scope, String(c.outcome), c] as const))(
      'as %s, %s → %s',
      async (_caller, _scope, _outcome, c) => {
        const { status } = await route.call(matrix.client(c.caller), matrix.target(c.scope));
        expect(status).toBeLessThan(500);
        expect(outcomeOf(status)).toBe(c.outcome);
      },
    );
  });
  return cases;
}

/** A service's matrix as one describe block: the service it starts, and the records it is about. */
export interface ServiceMatrix<
  Caller extends string,
  Scope extends string,
  Target,
  Client,
  Service,
> extends Pick<AuthorizationMatrix<Caller, Scope, Target, Client>, 'callers' | 'scopes' | 'routes'> {
  /** Starts the service, for this describe block only. */
  start: () => Promise<Service & { close(): Promise<unknown> }>;
  /** Once the service runs: each caller's client, and the records of each scope. */
  prepare: (
    service: Service,
  ) => Promise<{ client: (caller: Caller) => Client; targets: Record<Scope, Target> }>;
}

/** What a matrix's further tests may use: the running service, its callers' clients and records. */
export interface MatrixSuite<Caller extends string, Scope extends string, Target, Client, Service> {
  service: Service;
  client: (caller: Caller) => Client;
  target: (scope: Scope) => Target;
  cases: MatrixCase<Caller, Scope, Target, Client>[];
}

/**
 * The authorization matrix of a service, as every service keeps it: the service started for the
 * block, its records prepared, one test per route × caller × scope (`checkAuthorizationMatrix`),
 * then the service's own further tests (lists filtered by scope, refusals on record).
 */
export function describeAuthorizationMatrix<
  Caller extends string,
  Scope extends string,
  Target,
  Client,
  Service,
>(
  title: string,
  matrix: ServiceMatrix<Caller, Scope, Target, Client, Service>,
  more?: (suite: MatrixSuite<Caller, Scope, Target, Client, Service>) => void,
): void {
  describe(title, () => {
    const service: Service = startedForSuite(matrix.start);
    let prepared: Awaited<ReturnType<typeof matrix.prepare>> | undefined;
    beforeAll(async () => {
      prepared = await matrix.prepare(service);
    });
    const ready = () => {
      if (!prepared) throw new Error(`${title}: used before its records were prepared`);
      return prepared;
    };
    const client = (caller: Caller) => ready().client(caller);
    const target = (scope: Scope) => ready().targets[scope];
    const cases = checkAuthorizationMatrix({ ...matrix, client, target });
    more?.({ service, client, target, cases });
  });
}
