import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RectificationErrorCode, type ImportResult } from '@bastion/rectification-contracts';
import { composedText, type ComposedTextRef } from '@bastion/messages';
import type { Principal } from '@bastion/platform-auth';
import { checkUpload, type UploadedBinary } from '@bastion/platform-files';
import { DomainError } from '@bastion/platform-http';
import { stableUuid } from '@bastion/platform-persistence';
import type { FieldProblem } from '@bastion/shared-contracts';
import { ItemRegistrationService } from '../items/item-registration.service';
import { RectificationError } from '../rectification-error';
import { IMPORT_MAX_BYTES, IMPORT_MAX_PROBLEMS, IMPORT_MAX_ROWS } from '@bastion/rectification-contracts';
import { type ImportCandidate, validateRows } from './import-rows';
import { readImportSheet } from './import-sheet';
import { importTemplate } from './import-template';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function refuse(problems: FieldProblem[], summary: ComposedTextRef): RectificationError {
  const more = problems.length - IMPORT_MAX_PROBLEMS;
  const message =
    more > 0
      ? composedText('rectification.service.import_more_problems', {
          summary,
          listed: IMPORT_MAX_PROBLEMS,
          more,
        })
      : summary;
  return new RectificationError(
    RectificationErrorCode.ImportInvalid,
    message,
    400,
    problems.slice(0, IMPORT_MAX_PROBLEMS),
  );
}

/**
 * An item's id from its batch and what its row says (and which of identical rows it is): the same
 * spreadsheet imported again names the same items, so nothing is registered twice.
 */
function importedItemId(batchId: string, candidate: ImportCandidate, occurrence: number): string {
  const { row: _row, ...content } = candidate;
  const digest = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  return stableUuid('rectification-import', batchId, digest, String(occurrence));
}

/**
 * Imports a batch's items from a spreadsheet made from the template: every row is checked, and
 * if any is bad nothing is imported and the answer lists every problem of every bad row.
 */
@Injectable()
export class ImportService {
  constructor(private readonly registration: ItemRegistrationService) {}

  async template(principal: Principal, batchId: string): Promise<{ name: string; content: Buffer }> {
    const { batch, subtree } = await this.registration.context(principal, batchId);
    const content = await importTemplate({ title: batch.title, orgNames: subtree.map((o) => o.name) });
    return { name: `整改问题导入模板-${batch.number}.xlsx`, content };
  }

  async import(
    principal: Principal,
    batchId: string,
    file: UploadedBinary | undefined,
  ): Promise<ImportResult> {
    const context = await this.registration.context(principal, batchId);
    const upload = checkUpload(file, IMPORT_MAX_BYTES);
    if (upload.contentType !== XLSX) {
      throw new DomainError(
        'UNSUPPORTED_MEDIA_TYPE',
        composedText('rectification.service.import_xlsx', { extension: 'xlsx' }),
        415,
      );
    }
    let sheet;
    try {
      sheet = await readImportSheet(upload.content);
    } catch {
      throw refuse(
        [{ field: 'file', problem: 'could not be read as a spreadsheet' }],
        composedText('rectification.service.import_unreadable'),
      );
    }
    if (sheet.tooMany) {
      throw refuse(
        [{ field: 'file', problem: `has more than ${IMPORT_MAX_ROWS} rows; split it` }],
        composedText('rectification.service.import_too_many_rows'),
      );
    }
    if (sheet.headerProblems.length)
      throw refuse(sheet.headerProblems, composedText('rectification.service.import_not_template'));
    if (!sheet.rows.length)
      throw refuse(
        [{ field: 'file', problem: 'has no rows to import' }],
        composedText('rectification.service.import_empty'),
      );
    const { candidates, problems } = validateRows(sheet.rows, context.subtree);
    if (problems.length) {
      const bad = new Set(problems.map((p) => p.field.split('/')[0])).size;
      throw refuse(
        problems,
        composedText('rectification.service.import_rows_invalid', { bad, rows: sheet.rows.length }),
      );
    }
    const seen = new Map<string, number>();
    const inputs = candidates.map((candidate) => {
      const key = JSON.stringify({ ...candidate, row: 0 });
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      return this.registration.input(context, importedItemId(batchId, candidate, occurrence), {
        text: candidate.text,
        org: candidate.org,
        deadline: candidate.deadline,
        fixedOnSpot: candidate.fixedOnSpot,
      });
    });
    return { imported: await this.registration.registerAll(inputs) };
  }
}
