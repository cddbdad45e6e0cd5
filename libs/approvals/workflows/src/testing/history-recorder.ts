import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

export const HISTORY_FIXTURES = join(__dirname, '../history-fixtures');

const History = temporal.api.history.v1.History;

/**
 * Keeps the histories of workflows a spec ran. With RECORD_HISTORIES=1 they are written to
 * `src/history-fixtures/` (protobuf, as the server stores them), which the replay spec runs
 * against the current workflow code: a change that is not behind `patched()` and alters what an
 * existing request does fails there.
 */
export class HistoryRecorder {
  private readonly handles: { name: string; handle: WorkflowHandle }[] = [];

  keep(name: string, handle: WorkflowHandle): void {
    this.handles.push({ name, handle });
  }

  async writeIfAsked(): Promise<void> {
    if (process.env['RECORD_HISTORIES'] !== '1') return;
    mkdirSync(HISTORY_FIXTURES, { recursive: true });
    for (const { name, handle } of this.handles) {
      const history = await handle.fetchHistory();
      writeFileSync(join(HISTORY_FIXTURES, `${name}.binpb`), History.encode(history).finish());
    }
  }
}

/** The recorded histories, by name. */
export function recordedHistories(): { name: string; history: temporal.api.history.v1.History }[] {
  return readdirSync(HISTORY_FIXTURES)
    .filter((f) => f.endsWith('.binpb'))
    .map((f) => ({
      name: f.replace(/\.binpb$/, ''),
      history: History.decode(readFileSync(join(HISTORY_FIXTURES, f))),
    }));
}
