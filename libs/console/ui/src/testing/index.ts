/**
 * What the console's component specs share, kept out of the kit's own index so no page bundles
 * it: `rendered`, which draws a component, waits for it to settle and finds its parts by test id.
 */
export * from './rendered';
