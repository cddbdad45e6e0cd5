import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import type { RouteTemplate } from '@bastion/approvals-contracts';
import {
  ApprovalsApi,
  listByFilters,
  type FilterField,
  LIST_PAGE_IMPORTS,
  ListFilters,
  type ListSpec,
  modeText,
  TranslateService,
} from '@bastion/console-ui';

const FILTER_FIELDS: readonly FilterField[] = [
  { key: 'q', kind: 'search', label: 'templates.search', testId: 'template-search', width: '320px' },
  { key: 'includeArchived', kind: 'check', label: 'templates.showArchived' },
];

/** The route templates, searchable by name, each with its current version and stages. */
@Component({
  selector: 'bst-template-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...LIST_PAGE_IMPORTS],
  template: `
    <bst-list-page [spec]="spec" [list]="list" (retry)="filters.reload()">
      <bst-create-button label="templates.create" testId="template-create" link="/route-templates/new" />
      <bst-filter-fields listFilters [fields]="filterFields" [filters]="filters" testId="template-filters" />
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
    .small {
      font-size: 12px;
    }
  `,
})
export class TemplateListComponent {
  private readonly api = inject(ApprovalsApi);
  private readonly i18n = inject(TranslateService);

  protected readonly filterFields = FILTER_FIELDS;
  protected readonly filters = new ListFilters({ q: '', includeArchived: false });
  protected readonly pager = this.filters.pager;

  protected readonly list = listByFilters(this.filters, (query) => this.api.templates(query));
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

  /** The stages in one line: “1 支部审核（依次） → 2 党委审批（会签）”, “1 Branch review (In turn) → …” in English. */
  protected stagesText(t: RouteTemplate): string {
    return t.route.stages
      .map((s, i) =>
        this.i18n.t('templates.stageLine', { n: i + 1, name: s.name, mode: modeText(this.i18n, s.mode) }),
      )
      .join(' → ');
  }
}
