import { itemMainLine, type ItemRecord, type ItemStatus } from '@bastion/rectification-contracts';

/** The main line of an item's life (立项 → 交办 → 方案审批 → 整改中 → 验收 → 销号). */
export const MAIN_LINE: readonly ItemStatus[] = itemMainLine;

/**
 * Where a stage stands: passed, passed over without ever being entered (立行立改 goes straight
 * to closed), the item's place now, the place it left for another body (移交), the place an
 * administrator's termination stopped it, or still ahead.
 */
export type StageState = 'done' | 'skipped' | 'current' | 'left' | 'stopped' | 'todo';

export interface LifecycleStage {
  status: ItemStatus;
  state: StageState;
}

/** The states beside the main line, drawn under it; `current` marks the one the item is in. */
export type SideMarker =
  | { kind: 'fixed_on_spot' }
  | { kind: 'second_round'; round: number }
  | { kind: 'reopened' }
  | { kind: 'long_term'; done: number; total: number }
  | { kind: 'extension_pending'; newDeadline: string | null }
  | { kind: 'handed_over'; to: string | null; current: true }
  | { kind: 'look_back'; due: string; result: 'holds' | 'relapsed' | null };

export interface Lifecycle {
  stages: LifecycleStage[];
  side: SideMarker[];
}

export type LifecycleInput = Pick<
  ItemRecord,
  | 'status'
  | 'round'
  | 'reopened'
  | 'fixedOnSpot'
  | 'longTerm'
  | 'handedOverTo'
  | 'pendingExtension'
  | 'lookBack'
  | 'transitions'
>;

/**
 * The lifecycle as the item page draws it. A stage before the current one counts as done when
 * the item's record shows it entered it, else as skipped; a handed-over item shows the stage it
 * left from; the side states say what the main line cannot (a second round, a reopening …).
 */
export function lifecycle(record: LifecycleInput): Lifecycle {
  const entered = new Set<ItemStatus>(['registered', ...record.transitions.map((t) => t.to)]);
  const handedOver = record.status === 'handed_over';
  const terminated = record.status === 'terminated';
  const anchor = handedOver || terminated ? leftFrom(record) : record.status;
  const at = MAIN_LINE.indexOf(anchor);

  const stages = MAIN_LINE.map((status, index): LifecycleStage => {
    if (index === at) return { status, state: handedOver ? 'left' : terminated ? 'stopped' : 'current' };
    if (index > at) return { status, state: 'todo' };
    return { status, state: entered.has(status) ? 'done' : 'skipped' };
  });
  return { stages, side: sideMarkers(record) };
}

/** The main-line stage a handed-over or terminated item left, from the transition that took it off the line. */
function leftFrom(record: LifecycleInput): ItemStatus {
  const handOver = record.transitions.findLast((t) => t.to === record.status);
  const from = handOver?.from;
  if (from && MAIN_LINE.includes(from)) return from;
  // Without the transition (a trimmed history), the furthest stage the record shows.
  const reached = record.transitions.map((t) => MAIN_LINE.indexOf(t.to)).filter((i) => i >= 0);
  return MAIN_LINE[Math.max(0, ...reached)]!;
}

function sideMarkers(record: LifecycleInput): SideMarker[] {
  const side: SideMarker[] = [];
  if (record.fixedOnSpot) side.push({ kind: 'fixed_on_spot' });
  if (record.round > 1) side.push({ kind: 'second_round', round: record.round });
  if (record.reopened) side.push({ kind: 'reopened' });
  if (record.longTerm) {
    const milestones = record.longTerm.milestones;
    side.push({
      kind: 'long_term',
      done: milestones.filter((m) => m.doneOn !== null).length,
      total: milestones.length,
    });
  }
  if (record.pendingExtension) {
    side.push({ kind: 'extension_pending', newDeadline: record.pendingExtension.newDeadline ?? null });
  }
  if (record.status === 'handed_over')
    side.push({ kind: 'handed_over', to: record.handedOverTo, current: true });
  if (record.lookBack)
    side.push({ kind: 'look_back', due: record.lookBack.due, result: record.lookBack.result });
  return side;
}
