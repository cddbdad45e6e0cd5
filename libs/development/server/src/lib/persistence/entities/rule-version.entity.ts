import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CommitteeSettings } from '@bastion/development-contracts';

/**
 * A version of a committee's settings (or, without a committee, of the national ones), in force
 * from its effective date. Never changed once published: a case records which version governed
 * each of its steps.
 */
@Entity({ name: 'rule_version' })
@Index('rule_version_by_committee', ['committeeId', 'effectiveFrom'])
export class RuleVersionEntity {
  /** The rule set's id, e.g. `national-2014/committee-<id>/3`. */
  @PrimaryColumn('text') id!: string;
  @Column('uuid', { name: 'committee_id', nullable: true }) committeeId!: string | null;
  @Column('text', { name: 'committee_name', nullable: true }) committeeName!: string | null;
  @Column('date', { name: 'effective_from' }) effectiveFrom!: string;
  @Column('jsonb') settings!: CommitteeSettings;
  @Column('text') note!: string;
  @Column('uuid', { name: 'published_by_person_id', nullable: true }) publishedByPersonId!: string | null;
  @Column('text', { name: 'published_by_name', nullable: true }) publishedByName!: string | null;
  @Column('timestamptz', { name: 'published_at' }) publishedAt!: Date;
}
