import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  defaultSourceConfig,
  type FindingSource,
  findingSources,
  type SourceConfig,
  type SourceSetting,
} from '@bastion/rectification-contracts';
import type { Principal } from '@bastion/platform-auth';
import { requireAdmin } from '../access';
import { SourceConfigEntity } from '../persistence/entities/source-config.entity';

function settingOf(source: FindingSource, row: SourceConfigEntity | undefined): SourceSetting {
  return row
    ? {
        source,
        config: row.config,
        isDefault: false,
        updatedBy: row.updatedByName,
        updatedAt: row.updatedAt.toISOString(),
      }
    : { source, config: defaultSourceConfig(source), isDefault: true, updatedBy: null, updatedAt: null };
}

/**
 * Each source's configuration: the national defaults unless an administrator has set one. A batch
 * takes a copy when it opens and its items start with that copy, so a change here moves only
 * batches opened after it.
 */
@Injectable()
export class SourceSettings {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async all(): Promise<SourceSetting[]> {
    const rows = await this.db.getRepository(SourceConfigEntity).find();
    const bySource = new Map(rows.map((r) => [r.source, r]));
    return findingSources.map((source) => settingOf(source, bySource.get(source)));
  }

  async effective(source: FindingSource): Promise<SourceConfig> {
    const row = await this.db.getRepository(SourceConfigEntity).findOneBy({ source });
    return settingOf(source, row ?? undefined).config;
  }

  async set(principal: Principal, source: FindingSource, config: SourceConfig): Promise<SourceSetting> {
    requireAdmin(principal);
    const row: SourceConfigEntity = {
      source,
      config,
      updatedByUserId: principal.userId,
      updatedByName: principal.displayName,
      updatedAt: new Date(),
    };
    await this.db.getRepository(SourceConfigEntity).save(row);
    return settingOf(source, row);
  }
}
