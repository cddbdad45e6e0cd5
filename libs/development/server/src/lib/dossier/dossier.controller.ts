import type { Response } from 'express';
import { type DossierView, dossierViewSchema } from '@bastion/development-contracts';
import { type Principal, ScopedController, ScopedDownload, ScopedRead } from '@bastion/platform-auth';
import { contentDisposition } from '@bastion/platform-files';
import { CallerLanguage } from '@bastion/platform-http';
import { DevelopmentRoleGuard } from '../http/development-role.guard';
import type { Language } from '@bastion/messages';
import { DossierArchive } from './dossier-archive';
import { DossierService } from './dossier.service';

@ScopedController('cases', { guards: [DevelopmentRoleGuard] })
export class DossierController {
  constructor(
    private readonly dossiers: DossierService,
    private readonly archive: DossierArchive,
  ) {}

  /** Everything on record of the case, printable: entries, files, the timeline and the compliance checks. */
  @ScopedRead(':id/dossier', dossierViewSchema)
  dossier(principal: Principal, id: string, @CallerLanguage() language: Language): Promise<DossierView> {
    return this.dossiers.dossier(principal, id, language);
  }

  /** The dossier as a zip: every file on record in a folder per step, and an index of the entries. */
  @ScopedDownload(':id/dossier.zip', 'application/zip')
  async zip(principal: Principal, id: string, response: Response): Promise<void> {
    const { dossier, zip } = await this.archive.build(principal, id);
    response.setHeader('Content-Type', 'application/zip');
    response.setHeader(
      'Content-Disposition',
      contentDisposition(`发展党员档案-${dossier.row.number}-${dossier.row.person.name}.zip`),
    );
    response.setHeader('Cache-Control', 'private, no-cache');
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      response.on('finish', resolve);
      zip.pipe(response);
    });
  }
}
