import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  type OnInit,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { OrgRef, OrgSummary } from '@bastion/identity-contracts';
import type { NzFormatEmitEvent } from 'ng-zorro-antd/core/tree';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTreeModule } from 'ng-zorro-antd/tree';
import { debounceTime, distinctUntilChanged, filter, firstValueFrom, map, of, switchMap } from 'rxjs';
import {
  IdentityApi,
  type Load,
  LOADING,
  OrgNodes,
  PAGE_IMPORTS,
  toLoad,
  TranslateService,
  treeNodes,
} from '@bastion/console-ui';

/**
 * The organisation tree, a level at a time, with a search whose flat results select a node.
 * The tree's state lives here (loaded levels, open nodes) and the widget is redrawn from it.
 */
@Component({
  selector: 'bst-org-tree',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...PAGE_IMPORTS, FormsModule, NzInputModule, NzSpinModule, NzTreeModule],
  templateUrl: './org-tree.component.html',
  styleUrl: './org-tree.component.css',
})
export class OrgTreeComponent implements OnInit {
  private readonly orgs = inject(OrgNodes);
  private readonly api = inject(IdentityApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly i18n = inject(TranslateService);

  readonly selectedId = input<string | null>(null);
  readonly selectOrg = output<string>();

  protected readonly roots = signal<Load<readonly OrgSummary[]>>(LOADING);
  private readonly children = signal<ReadonlyMap<string, readonly OrgSummary[]>>(new Map());
  private readonly expanded = signal<ReadonlySet<string>>(new Set());

  protected readonly nodes = computed(() => {
    const roots = this.roots();
    return roots.state === 'ready'
      ? treeNodes({
          roots: roots.value,
          children: this.children(),
          expanded: this.expanded(),
          selected: this.selectedId(),
        })
      : [];
  });

  protected readonly query = signal('');
  /** Flat search results, a moment after the user pauses typing; null while the box is empty. */
  protected readonly results = toSignal(
    toObservable(this.query).pipe(
      debounceTime(300),
      map((q) => q.trim()),
      distinctUntilChanged(),
      switchMap((q) => (q ? this.api.orgs({ q, limit: 20 }).pipe(toLoad()) : of(null))),
    ),
    { initialValue: null },
  );

  ngOnInit(): void {
    this.loadRoots();
  }

  protected loadRoots(): void {
    const reloading = this.roots().state === 'ready';
    this.orgs
      .roots()
      .pipe(
        toLoad(),
        // A reload keeps the tree on screen, open nodes and all, until the new top level arrives.
        filter((load) => !(reloading && load.state === 'loading')),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((load) => {
        this.roots.set(load);
        const pending = this.pendingReveal;
        if (load.state === 'ready' && pending) void this.reveal(pending);
      });
  }

  protected expandChange(event: NzFormatEmitEvent): void {
    const node = event.node;
    if (!node) return;
    this.setExpanded(node.key, node.isExpanded);
    if (node.isExpanded && !this.children().has(node.key)) void this.loadChildren(node.key);
  }

  protected click(event: NzFormatEmitEvent): void {
    if (event.node) this.selectOrg.emit(event.node.key);
  }

  /** A path to open once the top level has arrived (a linked node can load before it). */
  private pendingReveal: readonly OrgRef[] | null = null;

  /** Opens the tree down to an organisation, e.g. one picked from the search results. */
  async reveal(path: readonly OrgRef[]): Promise<void> {
    const roots = this.roots();
    this.pendingReveal = roots.state === 'ready' ? null : path;
    if (roots.state !== 'ready') return;
    const start = path.findIndex((ref) => roots.value.some((root) => root.id === ref.id));
    if (start < 0) return;
    for (const ancestor of path.slice(start, -1)) {
      if (!this.children().has(ancestor.id)) await this.loadChildren(ancestor.id);
      this.setExpanded(ancestor.id, true);
    }
  }

  /** Reloads a level after a change under it (`null`: the top level). */
  refresh(parentId: string | null): void {
    if (parentId === null) this.loadRoots();
    else if (this.children().has(parentId)) void this.loadChildren(parentId);
    // A parent that had no children shows its expander only after its own level reloads.
    this.refreshSummaryOf(parentId);
  }

  private async loadChildren(id: string): Promise<void> {
    try {
      const items = await firstValueFrom(this.orgs.children(id));
      this.children.update((all) => new Map(all).set(id, items));
    } catch {
      this.setExpanded(id, false);
    }
  }

  private refreshSummaryOf(id: string | null): void {
    if (!id) return;
    const owner = [...this.children().entries()].find(([, items]) => items.some((o) => o.id === id));
    if (owner) void this.loadChildren(owner[0]);
    else this.loadRoots();
  }

  private setExpanded(id: string, open: boolean): void {
    this.expanded.update((all) => {
      const next = new Set(all);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }
}
