import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RequestEntity } from './request.entity';
import { belongsTo } from '@bastion/platform-persistence';

/**
 * Everyone who has a part in a request: the submitter, every assignee and delegate, everyone
 * copied. It decides who may see the request, and feeds the 已办 (acted on) and 抄送 (copied) tabs.
 * Rows are never removed: having had a part is enough to see the record.
 */
@Entity({ name: 'participant' })
@Index('participant_done', ['personId', 'lastActionAt', 'requestId'])
@Index('participant_cc', ['personId', 'ccAt', 'requestId'])
export class ParticipantEntity extends belongsTo('participant', 'request', () => RequestEntity, {
  onDelete: 'CASCADE',
  primary: true,
}) {
  @PrimaryColumn('uuid', { name: 'person_id' }) personId!: string;
  @Column('text', { name: 'person_name' }) personName!: string;
  /** The person's latest action of their own on the request (not counting the submission). */
  @Column('text', { name: 'last_action', nullable: true }) lastAction!: string | null;
  @Column('timestamptz', { name: 'last_action_at', nullable: true }) lastActionAt!: Date | null;
  /** When the person was copied in (抄送), if they were. */
  @Column('timestamptz', { name: 'cc_at', nullable: true }) ccAt!: Date | null;
}
