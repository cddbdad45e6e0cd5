import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type {
  FindingSource,
  ItemCategory,
  ItemRecord,
  ItemStatus,
  Seriousness,
} from '@bastion/rectification-contracts';
import { belongsTo, TerminableRow } from '@bastion/platform-persistence';
import { BatchEntity } from './batch.entity';

/**
 * One rectification item as lists, counts, the board and the export read it: every column a list
 * filters or shows, and the latest record its workflow persisted. Written when the item is
 * registered (version 0) and then only by the workflow's persist activity, with a newer version.
 */
@Entity({ name: 'item' })
// Keyset orders: by deadline (items without one last), by registration, by number.
@Index('item_by_due', ['dueSort', 'id'])
@Index('item_by_registered', ['registeredAt', 'id'])
@Index('item_by_batch', ['batchId', 'dueSort', 'id'])
@Index('item_by_owner', ['ownerPersonId'])
@Index('item_by_leader', ['leaderPersonId'])
@Index('item_by_status', ['status'])
// Created by the migrations, which TypeORM cannot describe: prefix searches on the path (scope) and
// trigram searches on the problem and the number; the links inside the records.
@Index('item_org_path', { synchronize: false })
@Index('item_links', { synchronize: false })
@Index('item_problem_trgm', { synchronize: false })
@Index('item_number_trgm', { synchronize: false })
export class ItemEntity extends belongsTo('item', 'batch', () => BatchEntity, { base: TerminableRow }) {
  @PrimaryColumn('uuid') id!: string;
  /** The human number, `ZG<year>-<serial>`. */
  @Index('item_number', { unique: true })
  @Column('text')
  number!: string;
  @Column('text') source!: FindingSource;
  @Column('text') problem!: string;
  @Column('text') category!: ItemCategory;
  @Column('text') seriousness!: Seriousness;
  @Column('text') measures!: string;
  @Column('text') target!: string;
  @Column('uuid', { name: 'org_id' }) orgId!: string;
  @Column('text', { name: 'org_name' }) orgName!: string;
  /** Materialised id path of the responsible organisation: the item's scope. */
  @Column('text', { name: 'org_path' }) orgPath!: string;
  @Column('uuid', { name: 'owner_person_id', nullable: true }) ownerPersonId!: string | null;
  @Column('text', { name: 'owner_name', nullable: true }) ownerName!: string | null;
  @Column('uuid', { name: 'leader_person_id', nullable: true }) leaderPersonId!: string | null;
  @Column('text', { name: 'leader_name', nullable: true }) leaderName!: string | null;
  @Column('text', { name: 'supporting_units', array: true }) supportingUnits!: string[];
  @Column('text') status!: ItemStatus;
  @Column('int') round!: number;
  @Column('boolean') reopened!: boolean;
  @Column('boolean', { name: 'fixed_on_spot' }) fixedOnSpot!: boolean;
  @Column('boolean', { name: 'named_supervision' }) namedSupervision!: boolean;
  @Column('date', { nullable: true }) deadline!: string | null;
  /** `deadline`, or 9999-12-31 for an item without one: a total order the index can serve. */
  @Column('date', { name: 'due_sort' }) dueSort!: string;
  @Column('date', { name: 'amber_from', nullable: true }) amberFrom!: string | null;
  /** The deadline's working days were counted on weekdays, through a year without holiday data. */
  @Column('boolean', { default: false }) provisional!: boolean;
  @Column('int') progress!: number;
  @Column('int', { name: 'evidence_count' }) evidenceCount!: number;
  @Column('date', { name: 'closed_on', nullable: true }) closedOn!: string | null;
  /** Left out of the public edition of the batch report. */
  @Column('boolean') exempt!: boolean;
  /** The latest record of the workflow, without its transitions (they have their own table). */
  @Column('jsonb', { select: false }) record!: ItemRecord;
  @Column('int') version!: number;
  @Column('timestamptz', { name: 'registered_at' }) registeredAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
