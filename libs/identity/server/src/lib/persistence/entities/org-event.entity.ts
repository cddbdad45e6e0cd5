import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OrgUnitEntity } from './org-unit.entity';
import { belongsTo } from '@bastion/platform-persistence';

/** The history of an organisation node: every change with who made it and what it was before. */
@Entity({ name: 'org_event' })
@Index('org_event_by_org', ['orgId', 'at'])
export class OrgEventEntity extends belongsTo('org_event', 'org', () => OrgUnitEntity, {
  onDelete: 'RESTRICT',
}) {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('text') kind!: 'created' | 'updated' | 'moved' | 'dissolved';
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
  @Column('uuid', { name: 'actor_user_id', nullable: true }) actorUserId!: string | null;
  @Column('text', { name: 'actor_name' }) actorName!: string;
  @Column('jsonb', { nullable: true }) before!: Record<string, unknown> | null;
  @Column('jsonb', { nullable: true }) after!: Record<string, unknown> | null;
  @Column('text', { nullable: true }) reason!: string | null;
}
