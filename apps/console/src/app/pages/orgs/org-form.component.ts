import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  type OnInit,
  output,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { CreateOrg, OrgDetail, OrgKind, UpdateOrg } from '@bastion/identity-contracts';
import { childKindsOf } from '@bastion/identity-rules';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import {
  ErrorAlertComponent,
  FormFieldComponent,
  FormSubmission,
  IdentityApi,
  TranslatePipe,
  TranslateService,
} from '@bastion/console-ui';

/**
 * Creates an organisation under `org`, or edits `org` itself. Which fields show follows the kind:
 * approval authority for committees, temporary flag and approving committee for branches.
 */
@Component({
  selector: 'bst-org-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    NzCheckboxModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    NzSelectModule,
    ErrorAlertComponent,
    FormFieldComponent,
    TranslatePipe,
  ],
  templateUrl: './org-form.component.html',
})
export class OrgFormComponent implements OnInit {
  private readonly api = inject(IdentityApi);
  private readonly message = inject(NzMessageService);
  protected readonly i18n = inject(TranslateService);

  readonly mode = input.required<'create' | 'edit'>();
  /** The parent when creating, the organisation itself when editing. */
  readonly org = input.required<OrgDetail>();
  readonly saved = output<string>();
  readonly closed = output();
  readonly reload = output();

  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: ['branch' as OrgKind, Validators.required],
    name: ['', [Validators.required, Validators.minLength(2)]],
    code: [''],
    mayApprove: [true],
    isTemporary: [false],
    approvingCommitteeId: [''],
  });
  private readonly kindValue = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  protected readonly kind = computed(() => (this.mode() === 'edit' ? this.org().kind : this.kindValue()));
  protected readonly kindOptions = computed(() => childKindsOf(this.org().kind));
  /** Committees above the branch; the service checks which of them may approve. */
  protected readonly approverOptions = computed(() => {
    const path = this.mode() === 'edit' ? this.org().path.slice(0, -1) : this.org().path;
    return path.filter((ref) => ref.kind === 'committee');
  });
  protected readonly submission = new FormSubmission(this.form);

  ngOnInit(): void {
    const org = this.org();
    if (this.mode() === 'edit') {
      this.form.setValue({
        kind: org.kind,
        name: org.name,
        code: org.code ?? '',
        mayApprove: org.mayApprove,
        isTemporary: org.isTemporary,
        approvingCommitteeId:
          org.approvingCommittee && !org.approvingCommittee.inherited ? org.approvingCommittee.id : '',
      });
    } else {
      this.form.controls.kind.setValue(this.kindOptions()[0] ?? 'branch');
    }
  }

  protected submit(): Promise<boolean> {
    if (this.mode() === 'create') {
      return this.submission.submit(
        () => this.api.createOrg(this.createInput()),
        ({ id }) => {
          this.message.success(
            this.i18n.t('orgs.form.created', { name: this.form.controls.name.value.trim() }),
          );
          this.saved.emit(id);
        },
      );
    }
    return this.submission.submit(
      () => this.api.updateOrg(this.org().id, this.updateInput()),
      () => {
        this.message.success(this.i18n.t('common.saved'));
        this.saved.emit(this.org().id);
      },
    );
  }

  private createInput(): CreateOrg {
    const v = this.form.getRawValue();
    return {
      parentId: this.org().id,
      kind: v.kind,
      name: v.name.trim(),
      ...(v.code.trim() ? { code: v.code.trim() } : {}),
      ...(v.kind === 'committee' ? { mayApprove: v.mayApprove } : {}),
      ...(v.kind === 'branch'
        ? { isTemporary: v.isTemporary, approvingCommitteeId: v.approvingCommitteeId || null }
        : {}),
    };
  }

  private updateInput(): UpdateOrg {
    const v = this.form.getRawValue();
    const kind = this.org().kind;
    return {
      version: this.org().version,
      name: v.name.trim(),
      code: v.code.trim() || null,
      ...(kind === 'committee' ? { mayApprove: v.mayApprove } : {}),
      ...(kind === 'branch'
        ? { isTemporary: v.isTemporary, approvingCommitteeId: v.approvingCommitteeId || null }
        : {}),
    };
  }
}
