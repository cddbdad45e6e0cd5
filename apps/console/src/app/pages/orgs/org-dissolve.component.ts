import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type { OrgDetail } from '@bastion/identity-contracts';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import {
  DIALOG_FORM_IMPORTS,
  type FieldLayout,
  FormSubmission,
  IdentityApi,
  savedNotice,
  toLocalDate,
} from '@bastion/console-ui';

const FIELDS: FieldLayout = [
  {
    key: 'reason',
    label: 'orgs.dissolve.reason',
    kind: 'textarea',
    id: 'dissolve-reason',
    testId: 'org-dissolve-reason',
    rows: 3,
  },
  { key: 'date', label: 'orgs.dissolve.date', kind: 'date', id: 'dissolve-date' },
];

/**
 * Dissolves an organisation after the user gives a reason. The service refuses while anything
 * still belongs to it; its message says how much, so it is shown as well.
 */
@Component({
  selector: 'bst-org-dissolve',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...DIALOG_FORM_IMPORTS, NzAlertModule],
  templateUrl: './org-dissolve.component.html',
})
export class OrgDissolveComponent {
  private readonly api = inject(IdentityApi);
  private readonly notice = savedNotice();

  readonly org = input.required<OrgDetail>();
  readonly dissolved = output();
  readonly closed = output();
  readonly reload = output();

  protected readonly fields = FIELDS;
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
