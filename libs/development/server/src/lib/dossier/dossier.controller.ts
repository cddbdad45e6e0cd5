import { Controller, Get, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type DossierView, dossierViewSchema } from '@bastion/development-contracts';
import { CurrentUser, type Principal } from '@bastion/platform-auth';
import { contentDisposition } from '@bastion/platform-files';
import { CallerLanguage, Returns, ValidParam } from '@bastion/platform-http';
import { idSchema } from '@bastion/shared-contracts';
import { DevelopmentRoleGuard } from '../http/development-role.guard';
import type { Language } from '@bastion/messages';
import { DossierArchive } from './dossier-archive';
import { DossierService } from './dossier.service';

@ApiTags('cases')
@ApiBearerAuth()
@UseGuards(DevelopmentRoleGuard)
@Controller('cases')
export class DossierController {
  constructor(
    private readonly dossiers: DossierService,
    private readonly archive: DossierArchive,
  ) {}

  /** Everything on record of the case, printable: entries, files, the timeline and the compliance checks. */
  @Get(':id/dossier')
  @Returns(dossierViewSchema)
  dossier(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
    @CallerLanguage() language: Language,
  ): Promise<DossierView> {
    return this.dossiers.dossier(principal, id, language);
  }

  /** The dossier as a zip: every file on record in a folder per step, and an index of the entries. */
  @Get(':id/dossier.zip')
  @ApiProduces('application/zip')
  async zip(
    @CurrentUser() principal: Principal,
    @ValidParam('id', idSchema) id: string,
    @Res() response: Response,
  ): Promise<void> {
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
