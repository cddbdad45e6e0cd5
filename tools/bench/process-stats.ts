import { readdirSync, readFileSync } from 'node:fs';

/** Resident and peak (high-water mark) memory of a process, in MiB. */
export interface ProcessMemory {
  rss: number;
  peak: number;
}

/** Resident and peak memory of a process, from /proc, in MiB; null when it cannot be read. */
export function memoryOf(pid: number | undefined): ProcessMemory | null {
  if (pid === undefined) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** The Node process under a spawned wrapper: the service itself (ts-node re-executes itself at most once). */
export function serviceProcess(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  const children = (p: number) => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  };
  const below = children(pid);
  return below.length ? serviceProcess(below[0]) : pid;
}

/** A server process found by its command line: the first with each of `args` as an argument (or a program's name). */
function processWith(args: string[]): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (args.every((wanted) => cmd.some((arg) => arg === wanted || arg.endsWith(`/${wanted}`))))
        return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}

/** The Temporal dev server's process, found by its command line. */
export function temporalServerPid(address: string): number | undefined {
  return processWith(['start-dev', address.split(':').at(-1)!]);
}

/** The embedded PostgreSQL server listening on `port` (its postmaster; the backends are its children). */
export function postgresPid(port: number): number | undefined {
  return processWith(['postgres', String(port)]);
}

/** Processor time (user + system) of a process and everything running below it, in seconds. */
export function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  const ticks = 100; // USER_HZ on Linux
  let total = 0;
  const walk = (p: number) => {
    try {
      // Fields after the command name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / ticks;
      for (const t of readdirSync(`/proc/${p}/task`))
        for (const child of readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim().split(/\s+/))
          if (child) walk(Number(child));
    } catch {
      // The process ended while we looked.
    }
  };
  walk(pid);
  return total;
}

/** `123 MiB resident (peak 456 MiB)`, or `n/a`. */
export const mib = (m: ProcessMemory | null) =>
  m ? `${m.rss.toFixed(0)} MiB resident (peak ${m.peak.toFixed(0)} MiB)` : 'n/a';
