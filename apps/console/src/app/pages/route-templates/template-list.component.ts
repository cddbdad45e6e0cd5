import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { RouteTemplate } from '@bastion/approvals-contracts';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import {
  ApprovalsApi,
  LIST_PAGE_IMPORTS,
  ListControls,
  type ListSpec,
  modeText,
  pagedList,
  SearchBoxComponent,
  TranslateService,
} from '@bastion/console-ui';

/** The route templates, searchable by name, each with its current version and stages. */
@Component({
  selector: 'bst-template-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...LIST_PAGE_IMPORTS, FormsModule, NzCheckboxModule, SearchBoxComponent],
  template: `
    <bst-list-page [spec]="spec" [list]="list" (retry)="controls.reload()">
      <bst-create-button label="templates.create" testId="template-create" link="/route-templates/new" />
      <div class="bst-toolbar" listFilters>
        <bst-search-box
          class="search"
          [placeholder]="'templates.search' | t"
          [value]="controls.q()"
          (searched)="controls.search($event)"
          testId="template-search"
        />
        <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- ng-zorro renders the input inside this label. -->
        <label nz-checkbox [ngModel]="archived()" (ngModelChange)="controls.filter(archived, $event)">
          {{ 'templates.showArchived' | t }}
        </label>
      </div>
      <ng-template bstCell="name" [bstCellOf]="list.rows()" let-t>
        <a [routerLink]="['/route-templates', t.id]">{{ t.name }}</a>
        @if (t.archived) {
          <nz-tag>{{ 'templates.archived' | t }}</nz-tag>
        }
        @if (t.description) {
          <div class="bst-muted small">{{ t.description }}</div>
        }
      </ng-template>
      <ng-template bstCell="version" [bstCellOf]="list.rows()" let-t>{{
        'templates.versionN' | t: { version: t.version }
      }}</ng-template>
      <ng-template bstCell="stages" [bstCellOf]="list.rows()" let-t>{{ stagesText(t) }}</ng-template>
      <ng-template bstCell="updated" [bstCellOf]="list.rows()" let-t>
        {{ t.updatedAt | date: 'yyyy-MM-dd HH:mm' }}
        <div class="small">{{ t.updatedBy }}</div>
      </ng-template>
    </bst-list-page>
  `,
  styles: `
    .search {
      width: 320px;
    }
    .small {
      font-size: 12px;
    }
  `,
})
export class TemplateListComponent {
  private readonly api = inject(ApprovalsApi);
  private readonly i18n = inject(TranslateService);

  protected readonly archived = signal(false);
  protected readonly controls = new ListControls();
  protected readonly pager = this.controls.pager;

  protected readonly list = pagedList(
    this.pager,
    () => ({
      q: this.controls.q() || undefined,
      cursor: this.pager.cursor() ?? undefined,
      limit: this.pager.pageSize(),
      reload: this.controls.reloads(),
    }),
    ({ reload: _reload, ...query }) => this.api.templates(query),
  );
  protected readonly spec: ListSpec<RouteTemplate> = {
    title: 'templates.title',
    pager: this.pager,
    columns: [
      { key: 'name', title: 'templates.col.name' },
      { key: 'version', title: 'templates.col.version', width: '90px' },
      { key: 'stages', title: 'templates.col.stages' },
      { key: 'updated', title: 'templates.col.updated', width: '160px', cellClass: 'bst-muted' },
    ],
    rowKey: (t) => t.id,
    empty: () => 'templates.empty',
    testIds: { row: 'template-row', pager: 'templates' },
    pagerSizes: false,
  };

  /** The stages in one line: “1 支部审核（依次） → 2 党委审批（会签）”. */
  protected stagesText(t: RouteTemplate): string {
    return t.route.stages.map((s, i) => `${i + 1} ${s.name}（${modeText(this.i18n, s.mode)}）`).join(' → ');
  }
}
