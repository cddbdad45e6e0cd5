import type { Notification } from '@bastion/approvals-contracts';
import type { TextRef } from '@bastion/messages';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An in-app notification (the bell). Written once per notice and person, however often a batch is retried. */
@Entity({ name: 'notification' })
@Index('notification_once', ['requestId', 'batchVersion', 'noticeIndex', 'recipientPersonId'], {
  unique: true,
})
@Index('notification_by_recipient', ['recipientPersonId', 'createdAt', 'id'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'recipient_person_id' }) recipientPersonId!: string;
  @Column('uuid', { name: 'request_id' }) requestId!: string;
  /** The persisted batch that produced it, and the notice's place in that batch: its idempotency key. */
  @Column('int', { name: 'batch_version' }) batchVersion!: number;
  @Column('int', { name: 'notice_index' }) noticeIndex!: number;
  @Column('text') kind!: Notification['kind'];
  @Column('text') title!: string;
  @Column('text') text!: string;
  /** The title and text by catalogue key, rendered in the reader's language; null on rows written before. */
  @Column('jsonb', { nullable: true }) texts!: { title: TextRef; text: TextRef } | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt!: Date | null;
}
