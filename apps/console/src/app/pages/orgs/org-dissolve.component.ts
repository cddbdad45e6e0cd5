import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { OrgDetail } from '@bastion/identity-contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import {
  ErrorAlertComponent,
  FormFieldComponent,
  FormSubmission,
  IdentityApi,
  savedNotice,
  toLocalDate,
  TranslatePipe,
} from '@bastion/console-ui';

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
    FormFieldComponent,
    TranslatePipe,
  ],
  templateUrl: './org-dissolve.component.html',
})
export class OrgDissolveComponent {
  private readonly api = inject(IdentityApi);
  private readonly notice = savedNotice();

  readonly org = input.required<OrgDetail>();
  readonly dissolved = output();
  readonly closed = output();
  readonly reload = output();

  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.minLength(2)]],
    date: [null as Date | null],
  });
  protected readonly submission = new FormSubmission(this.form);

  protected submit(): Promise<boolean> {
    return this.submission.submit(
      () => {
        const { reason, date } = this.form.getRawValue();
        const day = toLocalDate(date);
        return this.api.dissolveOrg(this.org().id, {
          reason: reason.trim(),
          version: this.org().version,
          ...(day ? { date: day } : {}),
        });
      },
      () => this.notice('orgs.dissolve.done', this.dissolved, { name: this.org().name }),
    );
  }
}
