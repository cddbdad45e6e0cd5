import { Injectable } from '@nestjs/common';
import JSZip from 'jszip';
import { developmentStatusLabels, type DossierView } from '@bastion/development-contracts';
import type { Principal } from '@bastion/platform-auth';
import { csvField } from '@bastion/platform-files';
import { FilesService } from '../files/files.service';
import { DossierService } from './dossier.service';
import { entryLabel, stepFolder } from './entry-labels';

/** A spreadsheet cell of the index: neutralised (no formula), quoted, quotes doubled. */
const cell = (value: string | number | null) => csvField(value);

/** The index of the archive: the case, then one line per entry with the files it names. */
export function dossierIndex(dossier: DossierView, pathOf: (fileIndex: number) => string): string {
  const { row } = dossier;
  const head = [
    ['案卷编号', row.number],
    ['姓名', row.person.name],
    ['党支部', row.org.name],
    ['状态', developmentStatusLabels[row.status].zh],
    ['申请日期', row.applicationDate],
    ['生成时间', dossier.generatedAt],
  ];
  const lines = [
    ...head.map((pair) => pair.map(cell).join(',')),
    '',
    ['序号', '日期', '步骤', '事项', '经办人', '说明', '材料'].map(cell).join(','),
    ...dossier.entries.map((entry) => {
      const files = dossier.files
        .map((file, i) => ({ file, i }))
        .filter(({ file }) => file.entrySeq === entry.seq)
        .map(({ i }) => pathOf(i));
      return [
        entry.seq,
        entry.date,
        stepFolder(entry.step),
        entryLabel(entry),
        entry.actor?.name ?? (entry.automatic ? '系统' : ''),
        entry.note,
        files.join('；'),
      ]
        .map(cell)
        .join(',');
    }),
  ];
  // A byte-order mark, so that spreadsheet programs read the Chinese as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The dossier as one zip: every file on record in a folder per step (`05-指定培养联系人/12-名单.pdf`,
 * prefixed by the entry that named it) and `目录.csv` listing every entry with its files.
 */
@Injectable()
export class DossierArchive {
  constructor(
    private readonly dossiers: DossierService,
    private readonly files: FilesService,
  ) {}

  async build(
    principal: Principal,
    id: string,
  ): Promise<{ dossier: DossierView; zip: NodeJS.ReadableStream }> {
    const dossier = await this.dossiers.dossier(principal, id);
    const stored = new Map((await this.files.stored(dossier.files.map((f) => f.id))).map((f) => [f.id, f]));
    const zip = new JSZip();
    const paths = dossier.files.map((file) => `${stepFolder(file.step)}/${file.entrySeq}-${file.name}`);
    for (const [i, file] of dossier.files.entries()) {
      const row = stored.get(file.id);
      if (row) zip.file(paths[i]!, await this.files.open(row), { binary: true });
    }
    zip.file(
      '目录.csv',
      dossierIndex(dossier, (i) => paths[i]!),
    );
    return {
      dossier,
      zip: zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE' }),
    };
  }
}
