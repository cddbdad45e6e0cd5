import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The text of a general request (通用请示) and the files it came with; the approval holds the rest. */
@Entity({ name: 'general_request' })
export class GeneralRequestEntity {
  @PrimaryColumn('uuid', { name: 'request_id' }) requestId!: string;
  @Column('text') body!: string;
  @Column('uuid', { name: 'attachment_ids', array: true }) attachmentIds!: string[];
  @Column('uuid', { name: 'template_id' }) templateId!: string;
  @Column('int', { name: 'template_version' }) templateVersion!: number;
  @Column('uuid', { name: 'submitted_by_user_id' }) submittedByUserId!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
