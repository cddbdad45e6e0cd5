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
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type { CreateOrg, OrgDetail, OrgKind, UpdateOrg } from '@bastion/identity-contracts';
import { childKindsOf } from '@bastion/identity-rules';
import { NzMessageService } from 'ng-zorro-antd/message';
import {
  DIALOG_FORM_IMPORTS,
  type FieldLayout,
  FormSubmission,
  IdentityApi,
  TranslateService,
} from '@bastion/console-ui';

/**
 * Creates an organisation under `org`, or edits `org` itself. Which fields show follows the kind:
 * approval authority for committees, temporary flag and approving committee for branches.
 */
@Component({
  selector: 'bst-org-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...DIALOG_FORM_IMPORTS],
  templateUrl: './org-form.component.html',
})
export class OrgFormComponent implements OnInit {
  private readonly api = inject(IdentityApi);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(TranslateService);

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
  /**
   * The kind is chosen when creating only. A committee has its approval authority; a branch is
   * temporary or not and names the committee that approves for it, or inherits one.
   */
  protected readonly fields = computed((): FieldLayout => {
    const kind = this.kind();
    const kinds = this.kindOptions().map((k) => ({ value: k, text: this.i18n.kind(k) }));
    const approvers = [
      { value: '', label: 'orgs.form.approverInherit' as const },
      ...this.approverOptions().map((c) => ({ value: c.id, text: c.name })),
    ];
    return [
      ...(this.mode() === 'create'
        ? [
            {
              key: 'kind',
              label: 'orgs.form.kind',
              kind: 'select',
              id: 'org-kind',
              testId: 'org-form-kind',
              options: kinds,
            } as const,
          ]
        : []),
      { key: 'name', label: 'orgs.form.name', kind: 'text', id: 'org-name', testId: 'org-form-name' },
      { key: 'code', label: 'orgs.form.code', kind: 'text', id: 'org-code', testId: 'org-form-code' },
      ...(kind === 'committee'
        ? [{ key: 'mayApprove', label: 'orgs.mayApprove', kind: 'checkbox' } as const]
        : []),
      ...(kind === 'branch'
        ? ([
            { key: 'isTemporary', label: 'orgs.isTemporary', kind: 'checkbox' },
            {
              key: 'approvingCommitteeId',
              label: 'orgs.form.approvingCommittee',
              kind: 'select',
              id: 'org-approver',
              options: approvers,
            },
          ] as const)
        : []),
    ];
  });
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
