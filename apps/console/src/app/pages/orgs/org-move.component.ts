import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { OrgDetail } from '@bastion/identity-contracts';
import { parentKindsOf } from '@bastion/identity-rules';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import {
  DIALOG_FORM_IMPORTS,
  FormSubmission,
  IdentityApi,
  notices,
  OrgPickerComponent,
} from '@bastion/console-ui';

/** Moves an organisation, with everything under it, to a new parent. */
@Component({
  selector: 'bst-org-move',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...DIALOG_FORM_IMPORTS, NzAlertModule, OrgPickerComponent],
  template: `
    <bst-form-dialog
      [title]="'orgs.move.title' | t: { name: org().name }"
      [okText]="'common.confirm' | t"
      [submission]="submission"
      [onlyUnmatched]="false"
      [reloadable]="true"
      (ok)="submit()"
      (cancelled)="closed.emit()"
      (reload)="reload.emit()"
    >
      <nz-alert class="form-alert" nzType="info" [nzMessage]="'orgs.move.hint' | t" />
      <form nz-form nzLayout="vertical" (ngSubmit)="submit()">
        <bst-field [label]="'orgs.move.newParent' | t" [required]="true" [control]="newParent">
          <bst-org-picker [formControl]="newParent" [selectable]="parentKinds()" testId="org-move-parent" />
        </bst-field>
      </form>
    </bst-form-dialog>
  `,
})
export class OrgMoveComponent {
  private readonly api = inject(IdentityApi);
  private readonly notice = notices();

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
        this.notice.done('orgs.move.done');
        this.moved.emit(newParentId);
      },
    );
  }
}
