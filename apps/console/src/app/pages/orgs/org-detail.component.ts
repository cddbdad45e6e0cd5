import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { OrgDetail } from '@bastion/identity-contracts';
import { childKindsOf } from '@bastion/identity-rules';
import { NzBreadCrumbModule } from 'ng-zorro-antd/breadcrumb';
import { switchMap, tap } from 'rxjs';
import {
  type ActOn,
  type ButtonSpec,
  canAt,
  IdentityApi,
  keptLoad,
  LOADING,
  pageContext,
  RECORD_ACTS_IMPORTS,
  type RecordItem,
  toLoad,
  valueOf,
} from '@bastion/console-ui';
import { ORG_ACTS, type OrgActName, type OrgTarget } from './org-acts';
import type { OrgChange } from './org-change';
import { OrgHistoryComponent } from './org-history.component';

/** One organisation: where it sits, its figures and notes, its history, and what may be done. */
@Component({
  selector: 'bst-org-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...RECORD_ACTS_IMPORTS, NzBreadCrumbModule, OrgHistoryComponent],
  templateUrl: './org-detail.component.html',
  styleUrl: './org-detail.component.css',
})
export class OrgDetailComponent {
  private readonly api = inject(IdentityApi);
  protected readonly page = pageContext();

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

  protected readonly dialog = signal<OrgActName | null>(null);

  private readonly org = computed(() => valueOf(this.detail()));
  private readonly pathIds = computed(() => this.org()?.path.map((ref) => ref.id) ?? []);
  /** Editing and creating below need org.manage here; moving and dissolving need it at the parent. */
  protected readonly canManage = computed(
    () => !this.org()?.dissolved && canAt(this.page.me(), 'org.manage', this.pathIds()),
  );
  protected readonly canManageParent = computed(() => {
    const org = this.org();
    if (!org || org.dissolved) return false;
    return org.parentId
      ? canAt(this.page.me(), 'org.manage', this.pathIds().slice(0, -1))
      : !!this.page.me()?.isAdmin;
  });
  /** A branch names the committee that approves for it and whether it is temporary; a committee whether it may approve. */
  protected readonly items = computed((): RecordItem[] => {
    const org = this.org();
    if (!org) return [];
    const yesNo = (yes: boolean) => this.page.i18n.t(yes ? 'common.yes' : 'common.no');
    return [
      { key: 'kind', title: 'orgs.kind', text: this.page.i18n.kind(org.kind) },
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
  /** The acts offered here, each opening its dialog. */
  protected readonly buttons = computed((): ButtonSpec[] => [
    ...(this.canCreateChild()
      ? [
          {
            key: 'create',
            label: 'orgs.createChild',
            icon: 'plus',
            type: 'primary',
            testId: 'org-create-child',
          } as const,
        ]
      : []),
    ...(this.canManage()
      ? [{ key: 'edit', label: 'orgs.edit', icon: 'edit', testId: 'org-edit' } as const]
      : []),
    ...(this.canManageParent()
      ? ([
          { key: 'move', label: 'orgs.move', icon: 'drag', testId: 'org-move' },
          { key: 'dissolve', label: 'orgs.dissolve', icon: 'stop', danger: true, testId: 'org-dissolve' },
        ] as const)
      : []),
  ]);

  /** The act under way, done to the organisation as now loaded. */
  protected readonly acting = computed((): ActOn<OrgTarget> | null => {
    const org = this.org();
    const name = this.dialog();
    return org && name ? { act: ORG_ACTS[name], target: { api: this.api, org } } : null;
  });

  reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected open(dialog: string | null): void {
    this.dialog.set(dialog as OrgActName | null);
  }

  /**
   * A new organisation is shown at once; an edited or moved one is loaded again, with the lists
   * it left and joined; a dissolved one gives way to its parent.
   */
  protected acted(answer: unknown, org: OrgDetail): void {
    const act = this.dialog();
    this.dialog.set(null);
    const id = String(answer);
    if (act === 'create') {
      this.changed.emit({ refresh: [org.id], select: id });
    } else if (act === 'dissolve') {
      this.changed.emit({ refresh: [org.parentId], select: org.parentId });
    } else {
      this.reload();
      this.changed.emit({ refresh: act === 'move' ? [org.parentId, id] : [org.parentId] });
    }
  }

  protected warningText(warning: { code: string; message: string }): string {
    const key = `warning.${warning.code}`;
    return this.page.i18n.has(key) ? this.page.i18n.t(key) : warning.message;
  }
}
