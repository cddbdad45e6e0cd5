import { ChangeDetectionStrategy, Component, inject, input, viewChild } from '@angular/core';
import { Router } from '@angular/router';
import type { OrgDetail } from '@bastion/identity-contracts';
import { PAGE_IMPORTS } from '@bastion/console-ui';
import type { OrgChange } from './org-change';
import { OrgDetailComponent } from './org-detail.component';
import { OrgTreeComponent } from './org-tree.component';

/** The organisation tree beside the selected node's details; `?selected=` makes it linkable. */
@Component({
  selector: 'bst-orgs-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...PAGE_IMPORTS, OrgTreeComponent, OrgDetailComponent],
  template: `
    <div class="bst-page-header">
      <h1>{{ 'orgs.title' | t }}</h1>
    </div>
    <div nz-row [nzGutter]="16">
      <div nz-col [nzXs]="24" [nzLg]="9">
        <nz-card class="tree-card">
          <bst-org-tree [selectedId]="selected() ?? null" (selectOrg)="select($event)" />
        </nz-card>
      </div>
      <div nz-col [nzXs]="24" [nzLg]="15">
        @if (selected(); as id) {
          <bst-org-detail [orgId]="id" (loaded)="reveal($event)" (changed)="apply($event)" />
        } @else {
          <nz-card>
            <nz-empty [nzNotFoundContent]="'orgs.selectHint' | t" data-testid="org-select-hint" />
          </nz-card>
        }
      </div>
    </div>
  `,
  styles: '.tree-card { min-height: 480px; }',
})
export class OrgsPageComponent {
  private readonly router = inject(Router);
  private readonly tree = viewChild.required(OrgTreeComponent);

  /** Query parameter: the organisation shown in the detail panel. */
  readonly selected = input<string | undefined>();

  protected select(id: string | null): void {
    void this.router.navigate([], { queryParams: { selected: id ?? undefined } });
  }

  protected reveal(detail: OrgDetail): void {
    void this.tree().reveal(detail.path);
  }

  protected apply(change: OrgChange): void {
    for (const parentId of change.refresh) this.tree().refresh(parentId);
    if (change.select !== undefined) this.select(change.select);
  }
}
