import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { OrgDetail } from '@bastion/identity-contracts';
import { childKindsOf } from '@bastion/identity-rules';
import { NzBreadCrumbModule } from 'ng-zorro-antd/breadcrumb';
import { switchMap, tap } from 'rxjs';
import {
  canAt,
  IdentityApi,
  keptLoad,
  ListCellDirective,
  LOADING,
  PAGE_IMPORTS,
  type RecordItem,
  RecordSectionComponent,
  SessionService,
  toLoad,
  TranslateService,
  valueOf,
} from '@bastion/console-ui';
import type { OrgChange } from './org-change';
import { OrgDissolveComponent } from './org-dissolve.component';
import { OrgFormComponent } from './org-form.component';
import { OrgHistoryComponent } from './org-history.component';
import { OrgMoveComponent } from './org-move.component';

type Dialog = 'create' | 'edit' | 'move' | 'dissolve' | null;

/** One organisation: where it sits, its figures and notes, its history, and what may be done. */
@Component({
  selector: 'bst-org-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...PAGE_IMPORTS,
    NzBreadCrumbModule,
    ListCellDirective,
    RecordSectionComponent,
    OrgDissolveComponent,
    OrgFormComponent,
    OrgHistoryComponent,
    OrgMoveComponent,
  ],
  templateUrl: './org-detail.component.html',
  styleUrl: './org-detail.component.css',
})
export class OrgDetailComponent {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(TranslateService);

  readonly orgId = input.required<string>();
  readonly loaded = output<OrgDetail>();
  readonly changed = output<OrgChange>();

  private readonly reloads = signal(0);
  private readonly request = computed(() => ({ id: this.orgId(), reload: this.reloads() }));

  /** A reload keeps the current copy (and any open dialog with what the user typed) on screen until the fresh one arrives. */
  protected readonly detail = keptLoad(
    this.request,
    ({ id }) => id,
    ({ id }) => this.api.org(id).pipe(tap((org) => this.loaded.emit(org))),
  );
  protected readonly history = toSignal(
    toObservable(this.request).pipe(switchMap(({ id }) => this.api.orgHistory(id).pipe(toLoad()))),
    { initialValue: LOADING },
  );

  protected readonly dialog = signal<Dialog>(null);

  private readonly org = computed(() => valueOf(this.detail()));
  private readonly pathIds = computed(() => this.org()?.path.map((ref) => ref.id) ?? []);
  /** Editing and creating below need org.manage here; moving and dissolving need it at the parent. */
  protected readonly canManage = computed(
    () => !this.org()?.dissolved && canAt(this.session.me(), 'org.manage', this.pathIds()),
  );
  protected readonly canManageParent = computed(() => {
    const org = this.org();
    if (!org || org.dissolved) return false;
    return org.parentId
      ? canAt(this.session.me(), 'org.manage', this.pathIds().slice(0, -1))
      : !!this.session.me()?.isAdmin;
  });
  /** A branch names the committee that approves for it and whether it is temporary; a committee whether it may approve. */
  protected readonly items = computed((): RecordItem[] => {
    const org = this.org();
    if (!org) return [];
    const yesNo = (yes: boolean) => this.i18n.t(yes ? 'common.yes' : 'common.no');
    return [
      { key: 'kind', title: 'orgs.kind', text: this.i18n.kind(org.kind) },
      { key: 'code', title: 'orgs.code', text: org.code || '—' },
      { key: 'members', title: 'orgs.members' },
      { key: 'children', title: 'orgs.children', text: String(org.childCount) },
      ...(org.kind === 'branch'
        ? [
            { key: 'approvingCommittee', title: 'orgs.approvingCommittee' } as const,
            { key: 'isTemporary', title: 'orgs.isTemporary', text: yesNo(org.isTemporary) } as const,
          ]
        : []),
      ...(org.kind === 'committee'
        ? [{ key: 'mayApprove', title: 'orgs.mayApprove', text: yesNo(org.mayApprove) } as const]
        : []),
    ];
  });
  protected readonly canCreateChild = computed(() => {
    const org = this.org();
    return !!org && this.canManage() && childKindsOf(org.kind).length > 0;
  });

  reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected open(dialog: Dialog): void {
    this.dialog.set(dialog);
  }

  /** The organisation form's dialog is open, creating below this one or editing it. */
  protected readonly formMode = computed(() => {
    const dialog = this.dialog();
    return dialog === 'create' || dialog === 'edit' ? dialog : null;
  });

  /** A new organisation is shown at once; an edited one is loaded again, and its parent's list. */
  protected formSaved(mode: 'create' | 'edit', id: string, org: OrgDetail): void {
    this.dialog.set(null);
    if (mode === 'create') {
      this.changed.emit({ refresh: [org.id], select: id });
    } else {
      this.reload();
      this.changed.emit({ refresh: [org.parentId] });
    }
  }

  protected moved(newParentId: string, org: OrgDetail): void {
    this.dialog.set(null);
    this.reload();
    this.changed.emit({ refresh: [org.parentId, newParentId] });
  }

  protected dissolved(org: OrgDetail): void {
    this.dialog.set(null);
    this.changed.emit({ refresh: [org.parentId], select: org.parentId });
  }

  protected warningText(warning: { code: string; message: string }): string {
    const key = `warning.${warning.code}`;
    return this.i18n.has(key) ? this.i18n.t(key) : warning.message;
  }
}
