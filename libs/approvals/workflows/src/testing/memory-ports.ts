import type { PersonRef } from '@bastion/approvals-contracts';
import { shippedChinaHolidayData } from '@bastion/calendar';
import type { ApprovalState, PersistBatch, Task } from '@bastion/approvals-rules';
import type { ProcessPorts } from '../lib/process/ports';

/**
 * The process's ports in memory: a clock the test moves, named people for named rules, the real
 * calendar for deadlines, and the ledger kept as a list.
 */
export class MemoryPorts implements ProcessPorts {
  clock = Date.parse('2026-03-02T01:00:00Z');
  readonly ledger: PersistBatch['events'] = [];
  readonly notices: PersistBatch['notices'] = [];
  batches = 0;
  /** Who a role-based stage finds, by stage index; people rules name their people. */
  readonly byStage = new Map<number, PersonRef[]>();
  readonly escalation = new Map<string, PersonRef[]>();
  /** `patched()` ids answered false: the request behaves as it did before those changes. */
  readonly unpatched = new Set<string>();

  now(): string {
    return new Date(this.clock).toISOString();
  }

  advance(ms: number): void {
    this.clock += ms;
  }

  advanceTo(iso: string): void {
    this.clock = Math.max(this.clock, Date.parse(iso));
  }

  async resolveStage(state: ApprovalState, index: number) {
    const rule = state.input.route.stages[index]!.assignees;
    const assignees = this.byStage.get(index) ?? (rule.kind === 'people' ? rule.people : []);
    return { assignees, cc: [] };
  }

  async forecast(state: ApprovalState) {
    return state.input.route.stages.map(
      (stage, i) => this.byStage.get(i) ?? (stage.assignees.kind === 'people' ? stage.assignees.people : []),
    );
  }

  async escalationTargets(_state: ApprovalState, task: Task) {
    return this.escalation.get(task.assignee.personId) ?? [];
  }

  patched(id: string): boolean {
    return !this.unpatched.has(id);
  }

  async holidayCalendar() {
    return [...shippedChinaHolidayData];
  }

  async persist(batch: PersistBatch) {
    this.batches += 1;
    this.ledger.push(...batch.events);
    this.notices.push(...batch.notices);
  }

  /** The ledger's actions, in order, for readable assertions. */
  actions(): string[] {
    return this.ledger.map((e) => (e.actor ? `${e.action}:${e.actor.name}` : e.action));
  }
}
