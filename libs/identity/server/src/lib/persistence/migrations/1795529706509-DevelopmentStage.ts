import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DevelopmentStage1795529706509 implements MigrationInterface {
  name = 'DevelopmentStage1795529706509';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity"."person" ADD "development_stage" text`);
    await queryRunner.query(
      `ALTER TABLE "identity"."person" ADD CONSTRAINT "person_development_stage" CHECK ("development_stage" IN ('applicant', 'activist', 'candidate'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "identity"."person" DROP CONSTRAINT "person_development_stage"`);
    await queryRunner.query(`ALTER TABLE "identity"."person" DROP COLUMN "development_stage"`);
  }
}
