/**
 * The service (or any fixture that closes) a describe block tests: started before its tests,
 * closed after them. The value returned stands for it from the first test on: every property
 * read goes to the started service, so tests and fixtures use it as they would the service.
 */
export function startedForSuite<S extends { close(): Promise<unknown> }>(start: () => Promise<S>): S {
  let started: S | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(() => started?.close());
  const current = (): S => {
    if (!started) throw new Error('the suite’s service is used before its beforeAll has started it');
    return started;
  };
  return new Proxy({} as S, {
    get: (_, key) => {
      const value: unknown = Reflect.get(current(), key);
      return typeof value === 'function' ? value.bind(current()) : value;
    },
    has: (_, key) => Reflect.has(current(), key),
    ownKeys: () => Reflect.ownKeys(current()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(current(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}
