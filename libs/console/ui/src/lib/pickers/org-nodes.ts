import { inject, Injectable } from '@angular/core';
import type { OrgKind, OrgSummary } from '@bastion/identity-contracts';
import { MAX_PAGE_SIZE } from '@bastion/shared-contracts';
import type { NzTreeNodeOptions } from 'ng-zorro-antd/core/tree';
import { EMPTY, expand, map, type Observable, reduce } from 'rxjs';
import { IdentityApi, type OrgQuery } from '../api/identity-api.service';

/** Fetches the organisation tree a level at a time, as the tree views expand. */
@Injectable({ providedIn: 'root' })
export class OrgNodes {
  private readonly api = inject(IdentityApi);

  /** The top nodes the user may see: the whole forest for an administrator, else their subtrees. */
  roots(): Observable<OrgSummary[]> {
    return this.all({ level: 'root' });
  }

  /** One organisation as the only top node, for pickers kept within its subtree. */
  subtree(rootId: string): Observable<OrgSummary[]> {
    return this.api.org(rootId).pipe(map((org) => [org]));
  }

  children(parentId: string): Observable<OrgSummary[]> {
    return this.all({ parentId });
  }

  /** Follows the cursor to the end: a node rarely has more than one page of children. */
  private all(query: OrgQuery): Observable<OrgSummary[]> {
    const page = (cursor?: string) => this.api.orgs({ ...query, limit: MAX_PAGE_SIZE, cursor });
    return page().pipe(
      expand((p) => (p.nextCursor ? page(p.nextCursor) : EMPTY)),
      reduce<{ items: OrgSummary[] }, OrgSummary[]>((all, p) => [...all, ...p.items], []),
    );
  }
}

/** What a tree view knows: the loaded levels, and which nodes are open and selected. */
export interface TreeState {
  roots: readonly OrgSummary[];
  children: ReadonlyMap<string, readonly OrgSummary[]>;
  expanded: ReadonlySet<string>;
  selected?: string | null;
  /** Nodes of other kinds show but cannot be picked. */
  selectable?: readonly OrgKind[] | null;
}

/**
 * The ng-zorro tree nodes for a state. The views rebuild them from scratch on every change, so
 * expanding, loading and selecting all follow from one model instead of the widget's own state.
 */
export function treeNodes(state: TreeState): NzTreeNodeOptions[] {
  const build = (org: OrgSummary): NzTreeNodeOptions => {
    const loaded = state.children.get(org.id);
    const selectable = !state.selectable || state.selectable.includes(org.kind);
    return {
      key: org.id,
      title: org.name,
      kind: org.kind,
      isLeaf: org.childCount === 0,
      expanded: !!loaded && state.expanded.has(org.id),
      selected: org.id === state.selected,
      disabled: !selectable,
      selectable,
      children: loaded?.map(build) ?? [],
    };
  };
  return state.roots.map(build);
}
