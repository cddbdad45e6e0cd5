import { stopStack } from './stack';

/** Stops the stack global setup started and removes its data folder. */
export default async function globalTeardown(): Promise<void> {
  await stopStack();
}
