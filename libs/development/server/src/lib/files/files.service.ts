import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Principal } from '@bastion/platform-auth';
import { AttachmentStorage, EvidenceFiles } from '@bastion/platform-files';
import { uploaderOf, visibleCaseCondition } from '../access';
import { CaseEntity } from '../persistence/entities/case.entity';
import { CaseEntryEntity } from '../persistence/entities/case-entry.entity';
import { FileEntity } from '../persistence/entities/file.entity';

/** Evidence of the cases: a file is on a case once one of its steps names it (the owner is the case id). */
@Injectable()
export class FilesService extends EvidenceFiles<string> {
  constructor(@InjectDataSource() db: DataSource, storage: AttachmentStorage) {
    super(db, storage, FileEntity, uploaderOf);
  }

  protected async referencedBy(caseId: string, fileId: string): Promise<boolean> {
    const rows = (await this.db.query(
      `SELECT 1 FROM development.case_entry WHERE case_id = $1 AND files @> $2::jsonb LIMIT 1`,
      [caseId, JSON.stringify([{ id: fileId }])],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Whether a case the caller may see refers to the file. */
  protected async referencedForViewer(principal: Principal, fileId: string): Promise<boolean> {
    const [visible, params] = visibleCaseCondition(principal);
    const row = await this.db
      .createQueryBuilder()
      .select('1')
      .from(CaseEntryEntity, 'e')
      .innerJoin(CaseEntity, 'c', 'c.id = e.case_id')
      .where('e.files @> CAST(:containing AS jsonb)', { containing: JSON.stringify([{ id: fileId }]) })
      .andWhere(visible, params)
      .limit(1)
      .getRawOne();
    return row !== undefined;
  }
}
