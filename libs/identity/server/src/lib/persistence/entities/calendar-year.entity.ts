import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { YearData } from '@bastion/calendar';

/**
 * A year of the holiday calendar as an administrator entered it: a correction of a shipped year
 * or a year added. Years without a row are the shipped data.
 */
@Entity({ name: 'calendar_year' })
export class CalendarYearEntity {
  @PrimaryColumn('integer', { primaryKeyConstraintName: 'PK_calendar_year' }) year!: number;
  @Column('jsonb') data!: YearData;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
  @Column('text', { name: 'updated_by' }) updatedBy!: string;
}
