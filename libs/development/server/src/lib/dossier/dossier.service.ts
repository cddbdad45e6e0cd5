import { Injectable } from '@nestjs/common';
import type { DossierView } from '@bastion/development-contracts';
import { caseTimeline, complianceReport } from '@bastion/development-rules';
import type { Principal } from '@bastion/platform-auth';
import { caseRowOf } from '../cases/case-rows';
import { CasesReader } from '../cases/cases-reader.service';
import { FilesService } from '../files/files.service';
import { inLanguage } from '../http/in-language';
import { defaultLanguage, type Language } from '@bastion/messages';

/** 发展党员档案: everything on record of a case, with every file its entries name. */
@Injectable()
export class DossierService {
  constructor(
    private readonly cases: CasesReader,
    private readonly files: FilesService,
  ) {}

  async dossier(
    principal: Principal,
    id: string,
    language: Language = defaultLanguage,
  ): Promise<DossierView> {
    const { entity, record } = await this.cases.loadRecord(principal, id);
    const ctx = await this.cases.context(record);
    const named = record.entries.flatMap((entry) => entry.files.map((file) => ({ entry, file })));
    const stored = new Map((await this.files.stored(named.map((n) => n.file.id))).map((f) => [f.id, f]));
    return inLanguage(
      {
        row: caseRowOf(entity, ctx.today),
        record,
        timeline: caseTimeline(record, ctx),
        compliance: complianceReport(record, ctx),
        entries: record.entries,
        files: named.map(({ entry, file }) => ({
          id: file.id,
          name: file.name,
          sha256: file.sha256,
          size: stored.get(file.id)?.size ?? 0,
          step: entry.step,
          entrySeq: entry.seq,
        })),
        generatedAt: new Date().toISOString(),
      },
      language,
    );
  }
}
