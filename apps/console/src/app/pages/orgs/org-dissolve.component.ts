import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { OrgDetail } from '@bastion/identity-contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import { ApiError } from '../../core/api/api-error';
import { IdentityApi } from '../../core/api/identity-api.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { TranslateService } from '../../core/i18n/translate.service';
import { toLocalDate } from '../../core/ui/dates';
import { ErrorAlertComponent } from '../../core/ui/error-alert.component';
import { FieldErrorPipe } from '../../core/ui/field-error.pipe';
import { applyServerErrors } from '../../core/ui/server-errors';

/**
 * Dissolves an organisation after the user gives a reason. The service refuses while anything
 * still belongs to it; its message says how much, so it is shown as well.
 */
@Component({
  selector: 'bst-org-dissolve',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzDatePickerModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    ErrorAlertComponent,
    FieldErrorPipe,
    TranslatePipe,
  ],
  templateUrl: './org-dissolve.component.html',
})
export class OrgDissolveComponent {
  private readonly api = inject(IdentityApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(TranslateService);

  readonly org = input.required<OrgDetail>();
  readonly dissolved = output();
  readonly closed = output();
  readonly reload = output();

  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.minLength(2)]],
    date: [null as Date | null],
  });
  protected readonly saving = signal(false);
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly unmatched = signal<string[]>([]);

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.form.controls.reason.updateValueAndValidity();
      return;
    }
    const { reason, date } = this.form.getRawValue();
    this.saving.set(true);
    this.failure.set(null);
    try {
      const day = toLocalDate(date);
      await firstValueFrom(
        this.api.dissolveOrg(this.org().id, {
          reason: reason.trim(),
          version: this.org().version,
          ...(day ? { date: day } : {}),
        }),
      );
      this.message.success(this.i18n.t('orgs.dissolve.done', { name: this.org().name }));
      this.dissolved.emit();
    } catch (error) {
      const apiError = ApiError.from(error);
      this.unmatched.set(applyServerErrors(this.form, apiError));
      this.failure.set(apiError);
    } finally {
      this.saving.set(false);
    }
  }
}
