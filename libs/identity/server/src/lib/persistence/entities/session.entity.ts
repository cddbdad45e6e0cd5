import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UserAccountEntity } from './user-account.entity';
import { belongsTo } from '@bastion/platform-persistence';

/**
 * A login: the refresh token rotates on every use (its hash is kept, never the token), the
 * previous hash is kept to notice a stolen token being replayed.
 */
@Entity({ name: 'session' })
@Index('session_by_user', ['userId'])
export class SessionEntity extends belongsTo('session', 'user', () => UserAccountEntity, {
  onDelete: 'RESTRICT',
}) {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('session_refresh_hash', { unique: true })
  @Column('text', { name: 'refresh_hash' })
  refreshHash!: string;
  @Index('session_previous_hash')
  @Column('text', { name: 'previous_refresh_hash', nullable: true })
  previousRefreshHash!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'last_refreshed_at' }) lastRefreshedAt!: Date;
  /** The absolute end of the session, however active it is. */
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt!: Date | null;
  @Column('text', { name: 'revoked_reason', nullable: true }) revokedReason!: string | null;
  @Column('text', { nullable: true }) ip!: string | null;
  @Column('text', { name: 'user_agent', nullable: true }) userAgent!: string | null;
}
