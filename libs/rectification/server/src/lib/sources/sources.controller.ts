import { Get } from '@nestjs/common';
import {
  findingSourceSchema,
  type FindingSource,
  type SourceConfig,
  sourceConfigSchema,
  type SourceSetting,
  sourceSettingSchema,
  sourceSettingsSchema,
  type SourceSettingsView,
} from '@bastion/rectification-contracts';
import { type Principal, ScopedAction, ScopedController } from '@bastion/platform-auth';
import { Returns } from '@bastion/platform-http';
import { SourceSettings } from './source-settings.service';

@ScopedController('sources')
export class SourcesController {
  constructor(private readonly settings: SourceSettings) {}

  /** Every source of findings with its effective configuration (deadlines, ladder, sign-off routes). */
  @Get()
  @Returns(sourceSettingsSchema)
  async list(): Promise<SourceSettingsView> {
    return { items: await this.settings.all() };
  }

  /** Sets a source's configuration (system administrators). Running items keep the configuration they started with. */
  @ScopedAction('put', ':source', sourceConfigSchema, sourceSettingSchema, {
    param: ['source', findingSourceSchema],
  })
  set(principal: Principal, source: FindingSource, config: SourceConfig): Promise<SourceSetting> {
    return this.settings.set(principal, source, config);
  }
}
