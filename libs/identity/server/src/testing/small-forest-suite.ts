import { startedForSuite } from '@bastion/platform-service-testing';
import { TestClient } from './http-client';
import { type IdentityTestApp, startIdentityTestApp } from './identity-test-app';
import { smallForest, TEST_PASSWORD } from './small-forest';

export interface SmallForestSuite<Name extends string> {
  /** The identity service on the small forest, for the describe block. */
  t: IdentityTestApp;
  /** The id of an organisation, or a person, of the forest by its key. */
  org: (key: string) => string;
  person: (key: string) => string;
  /** A client signed in as a user of the forest. */
  signIn: (username: string) => Promise<TestClient>;
  /** The users the block calls as, signed in before its tests, by the names the tests give them. */
  users: Record<Name, TestClient>;
}

/**
 * The identity service started on the small forest for a describe block, with the users its
 * tests call as (`{ admin: 'admin', secretary: 'farmasecretary' }`) signed in before them.
 */
export function smallForestSuite<Name extends string>(
  label: string,
  logins: Record<Name, string>,
): SmallForestSuite<Name> {
  const t = startedForSuite(() => startIdentityTestApp(label, smallForest()));
  const signIn = (username: string) => new TestClient(t.baseUrl).login(username, TEST_PASSWORD);
  const users = {} as Record<Name, TestClient>;
  beforeAll(async () => {
    for (const [name, username] of Object.entries<string>(logins))
      users[name as Name] = await signIn(username);
  });
  return {
    t,
    org: (key) => t.ids.orgs.get(key)!,
    person: (key) => t.ids.people.get(key)!,
    signIn,
    users,
  };
}
