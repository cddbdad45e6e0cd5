export { Mutex } from './lib/mutex';
