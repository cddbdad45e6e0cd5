import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

const History = temporal.api.history.v1.History;

/**
 * Keeps the histories of workflows a spec ran. With RECORD_HISTORIES=1 they are written to the
 * library's `src/history-fixtures/` (protobuf, as the server stores them), which its replay spec
 * runs against the current workflow code: a change that is not behind `patched()` and alters
 * what a running workflow does fails there, not in production.
 */
export class HistoryRecorder {
  private readonly handles: { name: string; handle: WorkflowHandle }[] = [];

  constructor(private readonly fixturesDir: string) {}

  keep(name: string, handle: WorkflowHandle): void {
    this.handles.push({ name, handle });
  }

  async writeIfAsked(): Promise<void> {
    if (process.env['RECORD_HISTORIES'] !== '1') return;
    mkdirSync(this.fixturesDir, { recursive: true });
    for (const { name, handle } of this.handles) {
      const history = await handle.fetchHistory();
      writeFileSync(join(this.fixturesDir, `${name}.binpb`), History.encode(history).finish());
    }
  }
}

/** The recorded histories in a fixtures folder, by name. */
export function recordedHistories(
  fixturesDir: string,
): { name: string; history: temporal.api.history.v1.History }[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.binpb'))
    .map((f) => ({
      name: f.replace(/\.binpb$/, ''),
      history: History.decode(readFileSync(join(fixturesDir, f))),
    }));
}
