import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PersonEntity } from './person.entity';

@Entity({ name: 'user_account' })
export class UserAccountEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Stored in lower case: user names are not case-sensitive. */
  @Index('user_account_username', { unique: true })
  @Column('text')
  username!: string;
  @Index('user_account_person', { unique: true, where: 'person_id IS NOT NULL' })
  @Column('uuid', { name: 'person_id', nullable: true })
  personId!: string | null;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'user_account_person_fk' })
  person?: PersonEntity;
  @Column('text', { name: 'display_name' }) displayName!: string;
  @Column('text', { name: 'password_hash' }) passwordHash!: string;
  @Column('timestamptz', { name: 'password_changed_at' }) passwordChangedAt!: Date;
  @Column('boolean', { name: 'must_change_password', default: false }) mustChangePassword!: boolean;
  @Column('boolean', { name: 'is_admin', default: false }) isAdmin!: boolean;
  @Column('int', { name: 'failed_attempts', default: 0 }) failedAttempts!: number;
  @Column('timestamptz', { name: 'locked_until', nullable: true }) lockedUntil!: Date | null;
  @Column('timestamptz', { name: 'disabled_at', nullable: true }) disabledAt!: Date | null;
  @Column('timestamptz', { name: 'last_login_at', nullable: true }) lastLoginAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
