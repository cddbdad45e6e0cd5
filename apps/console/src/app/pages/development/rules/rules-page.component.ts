import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { CommitteeSettings, RuleVersionView } from '@bastion/development-contracts';
import { defaultCommitteeSettings } from '@bastion/development-contracts';
import type { OrgKind } from '@bastion/identity-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTableModule } from 'ng-zorro-antd/table';
import { firstValueFrom, type Observable, of, switchMap } from 'rxjs';
import { ApiError } from '../../../core/api/api-error';
import { DevelopmentApi } from '../../../core/api/development-api.service';
import type { MessageKey } from '../../../core/i18n/messages.zh-cn';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { TranslateService } from '../../../core/i18n/translate.service';
import { toLocalDate } from '../../../core/ui/dates';
import { ErrorAlertComponent } from '../../../core/ui/error-alert.component';
import { type Load, toLoad } from '../../../core/ui/load';
import { OrgPickerComponent } from '../../../shared/org-picker.component';
import { DraftFieldComponent } from '../../rectification/item/draft-field.component';
import { SETTING_FIELDS, type SettingField, settingLabel, settingProblem } from './rule-settings';

/**
 * 规则设置: a committee's versions of its development settings, newest first, and a form to publish
 * the next one from an effective date. Cases adopt a version from that date on; steps already
 * taken keep the version that governed them. The sign-off routes carry over from the version in
 * force (they are set with the route templates).
 */
@Component({
  selector: 'bst-rules-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    FormsModule,
    NzButtonModule,
    NzCardModule,
    NzDatePickerModule,
    NzEmptyModule,
    NzInputModule,
    NzSwitchModule,
    NzTableModule,
    DraftFieldComponent,
    ErrorAlertComponent,
    OrgPickerComponent,
    TranslatePipe,
  ],
  templateUrl: './rules-page.component.html',
  styles: `
    .block {
      display: block;
      margin-bottom: 16px;
    }
    .wide {
      width: 300px;
    }
    .settings {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
      gap: 0 16px;
    }
  `,
})
export class RulesPageComponent {
  private readonly api = inject(DevelopmentApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(TranslateService);

  protected readonly fields = SETTING_FIELDS;
  protected readonly label = settingLabel;
  protected readonly committees: readonly OrgKind[] = ['committee'];

  protected readonly committeeId = signal<string | null>(null);
  private readonly reloads = signal(0);
  protected readonly versions = toSignal(
    toObservable(computed(() => ({ id: this.committeeId(), reload: this.reloads() }))).pipe(
      switchMap(({ id }): Observable<Load<RuleVersionView[]> | null> =>
        id ? this.api.rules(id).pipe(toLoad()) : of(null),
      ),
    ),
    { initialValue: null },
  );
  protected readonly newestFirst = computed(() => {
    const load = this.versions();
    return load?.state === 'ready'
      ? [...load.value].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))
      : [];
  });

  /** The next version starts from the one in force (or the national defaults). */
  protected readonly settings = linkedSignal<CommitteeSettings>(
    () => this.newestFirst()[0]?.settings ?? defaultCommitteeSettings(),
  );
  protected readonly effectiveFrom = signal<Date | null>(null);
  protected readonly note = signal('');
  protected readonly problems = signal<Partial<Record<string, MessageKey>>>({});
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly sending = signal(false);

  protected value(field: SettingField): unknown {
    return this.settings()[field.key];
  }

  protected setValue(field: SettingField, value: unknown): void {
    const parsed = field.kind === 'flag' ? !!value : value === null || value === '' ? null : Number(value);
    this.settings.update((s) => ({ ...s, [field.key]: parsed }));
    this.problems.update(({ [field.key]: _gone, ...rest }) => rest);
  }

  protected async publish(): Promise<void> {
    const committeeId = this.committeeId();
    const effectiveFrom = toLocalDate(this.effectiveFrom());
    if (!committeeId || this.sending()) return;
    const problems: Partial<Record<string, MessageKey>> = {};
    if (!effectiveFrom) problems['effectiveFrom'] = 'common.required';
    for (const field of SETTING_FIELDS) {
      const problem = settingProblem(field, this.value(field));
      if (problem) problems[field.key] = problem;
    }
    this.problems.set(problems);
    if (Object.keys(problems).length || !effectiveFrom) return;
    this.sending.set(true);
    this.failure.set(null);
    try {
      await firstValueFrom(
        this.api.publishRules(committeeId, {
          effectiveFrom,
          settings: this.settings(),
          note: this.note().trim(),
        }),
      );
      this.message.success(this.i18n.t('dev.rules.published'));
      this.note.set('');
      this.effectiveFrom.set(null);
      this.reloads.update((n) => n + 1);
    } catch (error) {
      this.failure.set(ApiError.from(error));
    } finally {
      this.sending.set(false);
    }
  }
}
