import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { FileRef, ItemStatus, TransitionKind } from '@bastion/rectification-contracts';
import { ItemEntity } from './item.entity';
import { belongsTo } from '@bastion/platform-persistence';

/**
 * One entry of an item's record: who moved it (or that the clock did), when, with what evidence,
 * and the leader whose signature decided it. Append-only, keyed by the item's own sequence, so a
 * repeated write is a no-op.
 */
@Entity({ name: 'transition' })
@Index('transition_by_kind', ['kind', 'itemId'])
// Which items name a file (downloads): a jsonb_path_ops index the migrations create.
@Index('transition_files', { synchronize: false })
export class TransitionEntity extends belongsTo('transition', 'item', () => ItemEntity, {
  onDelete: 'CASCADE',
  primary: true,
}) {
  @PrimaryColumn('int') seq!: number;
  @Column('text') kind!: TransitionKind;
  @Column('text', { name: 'from_status' }) fromStatus!: ItemStatus;
  @Column('text', { name: 'to_status' }) toStatus!: ItemStatus;
  @Column('uuid', { name: 'actor_person_id', nullable: true }) actorPersonId!: string | null;
  @Column('text', { name: 'actor_name', nullable: true }) actorName!: string | null;
  @Column('boolean') automatic!: boolean;
  @Column('timestamptz') at!: Date;
  @Column('text') note!: string;
  @Column('jsonb') files!: FileRef[];
  @Column('uuid', { name: 'signing_leader_person_id', nullable: true }) signingLeaderPersonId!: string | null;
  @Column('text', { name: 'signing_leader_name', nullable: true }) signingLeaderName!: string | null;
  @Column('uuid', { name: 'request_id', nullable: true }) requestId!: string | null;
  /** The deadline the transition set or moved. */
  @Column('date', { nullable: true }) deadline!: string | null;
}
