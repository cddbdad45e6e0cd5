import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Route } from '@bastion/approvals-contracts';
import { belongsTo } from '@bastion/platform-persistence';

/** A route template (审批模板) administrators manage; every change is a new version, all kept. */
@Entity({ name: 'route_template' })
@Index('route_template_by_name', ['name', 'id'])
export class RouteTemplateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) description!: string | null;
  /** The version new requests start with; an edit must name it (optimistic concurrency). */
  @Column('int', { name: 'current_version' }) currentVersion!: number;
  @Column('timestamptz', { name: 'archived_at', nullable: true }) archivedAt!: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('text', { name: 'updated_by' }) updatedBy!: string;
}

/** One version of a template; a running request keeps the version it started with. */
@Entity({ name: 'route_template_version' })
export class RouteTemplateVersionEntity extends belongsTo(
  'route_template_version',
  'template',
  () => RouteTemplateEntity,
  {
    onDelete: 'RESTRICT',
    primary: true,
  },
) {
  @PrimaryColumn('int') version!: number;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('jsonb') route!: Route;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('uuid', { name: 'created_by_user_id', nullable: true }) createdByUserId!: string | null;
  @Column('text', { name: 'created_by' }) createdBy!: string;
}
