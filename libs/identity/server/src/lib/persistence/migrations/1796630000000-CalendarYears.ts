import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarYears1796630000000 implements MigrationInterface {
  name = 'CalendarYears1796630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity"."calendar_year" ("year" integer NOT NULL, "data" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" text NOT NULL, CONSTRAINT "PK_calendar_year" PRIMARY KEY ("year"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "identity"."calendar_year"`);
  }
}
