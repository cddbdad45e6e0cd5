import type { ServiceEnv } from '@bastion/platform-config';
import { signAccessToken, type Principal } from '@bastion/platform-auth';
import { itRefusesBodiesOfTheWrongType } from './body-types';
import { expectRefusedField } from './field-refusals';
import type { TestResponse } from './http-client';
import { itFollowsTheHttpConventions } from './http-conventions';
import { type PersonKey, principalOf } from './identity-directory';
import type { ServiceUnderTest } from './service-under-test';
import { startedForSuite } from './suite-service';

type Caller = PersonKey | Principal;

/** Characters no text field takes (a line break aside, where a field takes lines), one of each kind. */
export const CONTROL_CHARACTERS: readonly (readonly [what: string, character: string])[] = [
  ['a NUL', '\u0000'],
  ['a lone high surrogate', '\ud83d'],
  ['a lone low surrogate', '\udfff'],
  ['an escape character', '\u001b'],
  ['a vertical tab', '\u000b'],
  ['a form feed', '\u000c'],
  ['a bell', '\u0007'],
  ['a next-line control', '\u0085'],
];

/** Each control character within each text field: [what, field, value]. */
export function controlCharactersIn(textFields: Record<string, string>): [string, string, string][] {
  return Object.entries(textFields).flatMap(([field, text]) =>
    CONTROL_CHARACTERS.map(([what, character]): [string, string, string] => [
      what,
      field,
      `${text.slice(0, 1)}${character}${text.slice(1)}`,
    ]),
  );
}

/** A call refused with 400 whose details name `field` alone (with `problem`, when given). */
export interface RefusedField {
  /** What the call sends, in the test's name: 'a control character in a search term'. */
  what: string;
  /** A GET of this path, or else the opening route's body with these fields instead. */
  get?: string;
  body?: Record<string, unknown>;
  field: string;
  problem?: string;
}

/** A GET whose integer is beyond its type: 400, every detail naming `field`. */
export interface IntegerBeyondItsType {
  /** The integer, in the test's name: 'version 2147483648'. */
  what: string;
  get: string;
  field: string;
  /** Who calls, if not the suite's caller. */
  as?: Caller;
}

/** The input a service must refuse before it reaches a handler, as one table. */
export interface InputSafety {
  /** The service's name, as its tests' titles say it: approvals, development. */
  service: string;
  start: () => Promise<ServiceUnderTest<ServiceEnv>>;
  /** Whom the routes let through authorization. */
  caller: Caller;
  /** The route that opens a record, a body it takes, and what the record is called: a request, an application. */
  opens: { record: string; path: string; body: () => Record<string, unknown> };
  /** Text fields of the opening body, each with a text it takes: every control character is tried in each. */
  textFields: Record<string, string>;
  /** Further calls refused naming a field: search terms, path parameters, nested fields, dates out of range. */
  refusedFields: readonly RefusedField[];
  integersBeyondTheirType: readonly IntegerBeyondItsType[];
  /** The service's upload routes. */
  uploads: string[];
  /** A route that refuses a caller without a token. */
  signedInOnly: string;
  /** A body of another type sent to the opening route (its JSON body as text, unless given). */
  notJson: { contentType: string; body?: string };
  /** A route called with a method it does not declare, and the methods it does (`Allow`). */
  undeclared: { method: string; path: string; body?: unknown; allow: string };
}

/**
 * What every service refuses alike, as one describe block over the service's own routes: control
 * characters in a body, a query or a path, dates outside 1900–2100 and integers beyond their type
 * (400 naming the field), bodies of the wrong type (415) and undeclared methods (405).
 */
export function describeInputSafety(safety: InputSafety): void {
  describe(`input the ${safety.service} service refuses`, () => {
    const t = startedForSuite(safety.start);
    const client = (who: Caller = safety.caller) => t.as(who);
    const opening = (fields: Record<string, unknown>) => ({ ...safety.opens.body(), ...fields });
    const send = (refused: RefusedField): Promise<TestResponse> =>
      refused.get !== undefined
        ? client().get(refused.get)
        : client().post(safety.opens.path, opening(refused.body ?? {}));

    it.each(controlCharactersIn(safety.textFields))(
      `refuses %s in the text field %s of ${safety.opens.record} with 400 naming it`,
      async (_what, field, value) => {
        expectRefusedField(
          await client().post(safety.opens.path, opening({ [field]: value })),
          field,
          expect.stringMatching(/control characters/),
        );
      },
    );

    it.each(safety.refusedFields)('refuses $what, naming $field', async (refused) => {
      expectRefusedField(await send(refused), refused.field, refused.problem ?? expect.any(String));
    });

    it.each(safety.integersBeyondTheirType)('refuses an integer beyond its type: $what', async (call) => {
      const response = await client(call.as).get(call.get);
      expect(response.status).toBe(400);
      expect(new Set(response.body.details.map((d: { field: string }) => d.field))).toEqual(
        new Set([call.field]),
      );
    });

    itRefusesBodiesOfTheWrongType(() => ({
      client: client(),
      uploads: safety.uploads,
      json: { method: 'POST', path: safety.opens.path },
    }));

    itFollowsTheHttpConventions(() => {
      const { caller, notJson, undeclared } = safety;
      const principal = typeof caller === 'string' ? principalOf(caller) : caller;
      return {
        baseUrl: t.baseUrl,
        signedInOnly: safety.signedInOnly,
        notJson: {
          path: safety.opens.path,
          contentType: notJson.contentType,
          body: notJson.body ?? JSON.stringify(opening({})),
          authorization: `Bearer ${signAccessToken(principal, t.env.JWT_SECRET, 60)}`,
        },
        undeclared: {
          call: () => client().request(undeclared.method, undeclared.path, undeclared.body),
          allow: undeclared.allow,
        },
      };
    });
  });
}
