import { Mutex } from './mutex';

describe('Mutex', () => {
  it('runs work one piece at a time, in arrival order', async () => {
    const lock = new Mutex();
    const log: string[] = [];
    const slow = lock.run(async () => {
      log.push('a starts');
      await new Promise((r) => setTimeout(r, 20));
      log.push('a ends');
    });
    const quick = lock.run(async () => {
      log.push('b runs');
    });
    await Promise.all([slow, quick]);
    expect(log).toEqual(['a starts', 'a ends', 'b runs']);
  });

  it('goes on after a piece of work fails', async () => {
    const lock = new Mutex();
    await expect(lock.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(lock.run(async () => 'next')).resolves.toBe('next');
  });
});
