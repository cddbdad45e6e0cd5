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

  protected referencedBy(caseId: string, fileId: string): Promise<boolean> {
    return this.namedInHistory('development.case_entry', 'case_id', caseId, fileId);
  }

  /** Whether a case the caller may see refers to the file. */
  protected referencedForViewer(principal: Principal, fileId: string): Promise<boolean> {
    return this.namedInVisibleHistory(
      fileId,
      CaseEntryEntity,
      [CaseEntity, 'c'],
      'case_id',
      visibleCaseCondition(principal),
    );
  }
}
