import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import type { OrgDetail } from '@bastion/identity-contracts';
import { parentKindsOf } from '@bastion/identity-rules';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import {
  ErrorAlertComponent,
  FormFieldComponent,
  FormSubmission,
  IdentityApi,
  OrgPickerComponent,
  TranslatePipe,
  TranslateService,
} from '@bastion/console-ui';

/** Moves an organisation, with everything under it, to a new parent. */
@Component({
  selector: 'bst-org-move',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzFormModule,
    NzModalModule,
    ErrorAlertComponent,
    OrgPickerComponent,
    FormFieldComponent,
    TranslatePipe,
  ],
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'orgs.move.title' | t: { name: org().name }"
      [nzOkText]="'common.confirm' | t"
      [nzCancelText]="'common.cancel' | t"
      [nzOkLoading]="submission.saving()"
      (nzOnOk)="submit()"
      (nzOnCancel)="closed.emit()"
    >
      <ng-container *nzModalContent>
        <nz-alert class="form-alert" nzType="info" [nzMessage]="'orgs.move.hint' | t" />
        @if (submission.failure(); as failure) {
          <bst-error-alert
            class="form-alert"
            [error]="failure"
            [retryable]="failure.code === 'STALE_VERSION'"
            retryLabel="common.reload"
            (retry)="reload.emit()"
          />
        }
        <form nz-form nzLayout="vertical" (ngSubmit)="submit()">
          <bst-field [label]="'orgs.move.newParent' | t" [required]="true" [control]="newParent">
            <bst-org-picker [formControl]="newParent" [selectable]="parentKinds()" testId="org-move-parent" />
          </bst-field>
        </form>
      </ng-container>
    </nz-modal>
  `,
})
export class OrgMoveComponent {
  private readonly api = inject(IdentityApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(TranslateService);

  readonly org = input.required<OrgDetail>();
  readonly moved = output<string>();
  readonly closed = output();
  readonly reload = output();

  protected readonly newParent = new FormControl<string | null>(null, Validators.required);
  protected readonly parentKinds = computed(() => parentKindsOf(this.org().kind));
  /** Named as the service names the field in its problems. */
  protected readonly submission = new FormSubmission(new FormGroup({ newParentId: this.newParent }));

  protected submit(): Promise<boolean> {
    // Required, so it is set whenever the form goes out.
    const newParentId = this.newParent.value!;
    return this.submission.submit(
      () => this.api.moveOrg(this.org().id, { newParentId, version: this.org().version }),
      () => {
        this.message.success(this.i18n.t('orgs.move.done'));
        this.moved.emit(newParentId);
      },
    );
  }
}
