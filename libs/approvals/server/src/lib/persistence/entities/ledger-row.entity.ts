import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RequestEntity } from './request.entity';
import { belongsTo } from '@bastion/platform-persistence';

/**
 * The record of what was decided: one row per action of a person or of the system, hash-chained
 * per request (`prev_hash` is the `hash` of the row before). Append-only: the service never
 * updates or deletes a row, and a trigger refuses anyone who tries.
 */
@Entity({ name: 'ledger' })
export class LedgerRowEntity extends belongsTo('ledger', 'request', () => RequestEntity, {
  onDelete: 'RESTRICT',
  primary: true,
}) {
  @PrimaryColumn('int') seq!: number;
  @Column('timestamptz') at!: Date;
  @Column('int', { name: 'stage_index', nullable: true }) stageIndex!: number | null;
  @Column('text', { name: 'stage_name', nullable: true }) stageName!: string | null;
  @Column('uuid', { name: 'actor_person_id', nullable: true }) actorPersonId!: string | null;
  @Column('text', { name: 'actor_name', nullable: true }) actorName!: string | null;
  @Column('uuid', { name: 'on_behalf_of_person_id', nullable: true }) onBehalfOfPersonId!: string | null;
  @Column('text', { name: 'on_behalf_of_name', nullable: true }) onBehalfOfName!: string | null;
  @Column('text') action!: string;
  @Column('boolean') automatic!: boolean;
  @Column('text', { nullable: true }) opinion!: string | null;
  /** `[{ id, name, sha256 }]` of the files the action carried. */
  @Column('jsonb', { default: () => "'[]'" }) attachments!: { id: string; name: string; sha256: string }[];
  @Column('text', { name: 'signature_sha256', nullable: true }) signatureSha256!: string | null;
  @Column('jsonb', { nullable: true }) detail!: Record<string, unknown> | null;
  @Column('text', { name: 'prev_hash' }) prevHash!: string;
  @Column('text') hash!: string;
}
