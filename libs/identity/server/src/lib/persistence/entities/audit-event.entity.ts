import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditKind =
  | 'login_succeeded'
  | 'login_failed'
  | 'account_locked'
  | 'logout'
  | 'session_refreshed'
  | 'refresh_refused'
  | 'refresh_reuse_detected'
  | 'password_changed'
  | 'id_number_revealed'
  | 'phone_revealed'
  | 'refused_unauthenticated'
  | 'refused_forbidden'
  | 'refused_out_of_scope'
  | 'user_created'
  | 'sanction_recorded'
  | 'rights_restored'
  | 'calendar_year_saved'
  | 'calendar_year_reset';

/** Security events: logins, refused requests, sensitive reads. Append-only. */
@Entity({ name: 'audit_event' })
@Index('audit_event_by_time', ['at'])
@Index('audit_event_by_user', ['userId', 'at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
  @Column('text') kind!: AuditKind;
  @Column('uuid', { name: 'user_id', nullable: true }) userId!: string | null;
  @Column('text', { nullable: true }) username!: string | null;
  @Column('text', { nullable: true }) ip!: string | null;
  @Column('text', { name: 'correlation_id', nullable: true }) correlationId!: string | null;
  @Column('jsonb', { default: () => "'{}'" }) detail!: Record<string, unknown>;
}
