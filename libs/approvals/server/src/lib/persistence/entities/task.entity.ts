import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RequestEntity } from './request.entity';
import { belongsTo } from '@bastion/platform-persistence';

export type TaskRowStatus =
  'waiting' | 'open' | 'approved' | 'rejected' | 'transferred' | 'closed' | 'closed_by_return' | 'skipped';

/**
 * One task of a request's current state, rewritten with every newer state: the inbox's to-do tab.
 * `sign` tasks are the engine's; a `resubmit` task stands for a request returned to its submitter.
 */
@Entity({ name: 'task' })
// The 待办 tab reads this index in order: one person's open tasks, soonest due first.
@Index('task_inbox', ['actorPersonId', 'status', 'dueSort', 'id'])
@Index('task_by_request', ['requestId'])
export class TaskEntity extends belongsTo('task', 'request', () => RequestEntity, { onDelete: 'CASCADE' }) {
  /** `<requestId>:<taskId>`. */
  @PrimaryColumn('text') id!: string;
  /** The engine's id of the task within the request. */
  @Column('text', { name: 'task_id' }) taskId!: string;
  @Column('text') kind!: 'sign' | 'resubmit';
  @Column('int', { name: 'stage_index' }) stageIndex!: number;
  @Column('text', { name: 'stage_name' }) stageName!: string;
  @Column('uuid', { name: 'assignee_person_id' }) assigneePersonId!: string;
  @Column('text', { name: 'assignee_name' }) assigneeName!: string;
  /** Who works on the task for its assignee (委派) until they hand it back; null otherwise. */
  @Column('uuid', { name: 'delegate_person_id', nullable: true }) delegatePersonId!: string | null;
  @Column('text', { name: 'delegate_name', nullable: true }) delegateName!: string | null;
  /** Who must act on the task now: the delegate while they hold it, else the assignee. */
  @Column('uuid', { name: 'actor_person_id' }) actorPersonId!: string;
  @Column('text') status!: TaskRowStatus;
  @Column('timestamptz', { name: 'opened_at', nullable: true }) openedAt!: Date | null;
  @Column('timestamptz', { name: 'due_at', nullable: true }) dueAt!: Date | null;
  /** `due_at`, or the end of year 9999 for a task without a time limit: a total order the index can serve. */
  @Column('timestamptz', { name: 'due_sort' }) dueSort!: Date;
  @Column('timestamptz', { name: 'remind_at', nullable: true }) remindAt!: Date | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt!: Date | null;
}
