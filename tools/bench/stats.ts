/** Percentile by nearest rank over a sample of durations in milliseconds. */
export function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(name: string, samples: number[]): string {
  const f = (n: number) => n.toFixed(1).padStart(8);
  return `${name.padEnd(44)} n=${String(samples.length).padStart(5)}  p50${f(percentile(samples, 50))} ms  p95${f(percentile(samples, 95))} ms  p99${f(percentile(samples, 99))} ms`;
}

/** Runs `call` `count` times, one after another, and returns each duration. */
export async function timeSequential(count: number, call: (i: number) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await call(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Keeps `concurrency` callers busy for `seconds`; returns completed calls per second and the durations. */
export async function throughput(
  concurrency: number,
  seconds: number,
  call: () => Promise<void>,
): Promise<{ perSecond: number; samples: number[] }> {
  const samples: number[] = [];
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const start = performance.now();
        await call();
        samples.push(performance.now() - start);
      }
    }),
  );
  return { perSecond: samples.length / ((performance.now() - started) / 1000), samples };
}
