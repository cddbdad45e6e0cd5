import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  type OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { OrgKind, OrgRef, OrgSummary } from '@bastion/identity-contracts';
import type { NzFormatEmitEvent } from 'ng-zorro-antd/core/tree';
import { NzTreeSelectModule } from 'ng-zorro-antd/tree-select';
import { IdentityApi } from '../api/identity-api.service';
import { OrgNodes, treeNodes } from './org-nodes';
import { PickerControl, pickerControl } from './picker-control';

/**
 * Picks one organisation from the tree the user may see, loading each level as it opens. The
 * value is the organisation id. `current` names an organisation that is already chosen but not
 * yet loaded (say, a person's branch deep in the tree), so the field shows its name, not its id;
 * without it, such an organisation (one taken from the address) is named by fetching it.
 * `root` keeps the choice within one organisation's subtree (an inspected organisation's units).
 */
@Component({
  selector: 'bst-org-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, NzTreeSelectModule],
  providers: [pickerControl(() => OrgPickerComponent)],
  template: `
    <nz-tree-select
      [nzNodes]="nodes()"
      nzAsyncData
      nzAllowClear
      nzShowSearch
      [nzPlaceHolder]="placeholder()"
      [nzDisabled]="disabled()"
      [nzDropdownMatchSelectWidth]="true"
      [nzDropdownStyle]="{ 'max-height': '360px', overflow: 'auto' }"
      [ngModel]="value()"
      (ngModelChange)="pick($event ?? null)"
      (nzExpandChange)="expandChange($event)"
      [attr.data-testid]="testId()"
    />
  `,
  styles: ':host { display: block; } nz-tree-select { width: 100%; }',
})
export class OrgPickerComponent extends PickerControl<string | null> implements OnInit {
  private readonly orgs = inject(OrgNodes);
  private readonly destroyRef = inject(DestroyRef);

  readonly placeholder = input('');
  readonly current = input<OrgRef | null>(null);
  readonly selectable = input<readonly OrgKind[] | null>(null);
  readonly testId = input('org-picker');
  readonly root = input<string | null>(null);

  protected readonly value = signal<string | null>(null);
  private readonly roots = signal<readonly OrgSummary[]>([]);
  private readonly children = signal<ReadonlyMap<string, readonly OrgSummary[]>>(new Map());
  private readonly expanded = signal<ReadonlySet<string>>(new Set());
  /** An organisation chosen before the tree reached it, as fetched to name it. */
  private readonly fetched = signal<OrgRef | null>(null);
  private readonly api = inject(IdentityApi);

  protected readonly nodes = computed(() => {
    const nodes = treeNodes({
      roots: this.roots(),
      children: this.children(),
      expanded: this.expanded(),
      selectable: this.selectable(),
    });
    const current = this.current() ?? this.fetched();
    // Until the tree reaches it, the chosen organisation sits on top so the field can name it.
    if (current && !this.isLoaded(current.id)) {
      nodes.unshift({ key: current.id, title: current.name, isLeaf: true, kind: current.kind });
    }
    return nodes;
  });

  ngOnInit(): void {
    const root = this.root();
    (root ? this.orgs.subtree(root) : this.orgs.roots())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: (roots) => this.roots.set(roots), error: () => this.roots.set([]) });
  }

  writeValue(value: string | null): void {
    this.value.set(value ?? null);
    if (value && this.current()?.id !== value && this.fetched()?.id !== value && !this.isLoaded(value)) {
      this.api
        .org(value)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({
          next: (org) => this.fetched.set({ id: org.id, name: org.name, kind: org.kind }),
          error: () => undefined,
        });
    }
  }

  protected expandChange(event: NzFormatEmitEvent): void {
    const node = event.node;
    if (!node) return;
    const id = node.key;
    this.expanded.update((open) => {
      const next = new Set(open);
      if (node.isExpanded) next.add(id);
      else next.delete(id);
      return next;
    });
    if (node.isExpanded && !this.children().has(id)) {
      this.orgs
        .children(id)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe((items) => this.children.update((map) => new Map(map).set(id, items)));
    }
  }

  private isLoaded(id: string): boolean {
    if (this.roots().some((o) => o.id === id)) return true;
    for (const items of this.children().values()) if (items.some((o) => o.id === id)) return true;
    return false;
  }
}
