import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { RouteTemplate } from '@bastion/approvals-contracts';
import type { Page } from '@bastion/shared-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { switchMap, tap } from 'rxjs';
import {
  ApprovalsApi,
  CursorPager,
  ErrorAlertComponent,
  type Load,
  LOADING,
  modeText,
  PagerBarComponent,
  SearchBoxComponent,
  toLoad,
  TranslatePipe,
  TranslateService,
} from '@bastion/console-ui';

/** The route templates, searchable by name, each with its current version and stages. */
@Component({
  selector: 'bst-template-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    PagerBarComponent,
    DatePipe,
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzEmptyModule,
    NzIconModule,
    NzTableModule,
    NzTagModule,
    ErrorAlertComponent,
    SearchBoxComponent,
    TranslatePipe,
  ],
  template: `
    <div class="bst-page-header">
      <h1>{{ 'templates.title' | t }}</h1>
      <a nz-button nzType="primary" routerLink="/route-templates/new" data-testid="template-create">
        <nz-icon nzType="plus" />{{ 'templates.create' | t }}
      </a>
    </div>
    <nz-card>
      <div class="bst-toolbar">
        <bst-search-box
          class="search"
          [placeholder]="'templates.search' | t"
          [value]="q()"
          (searched)="search($event)"
          testId="template-search"
        />
        <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- ng-zorro renders the input inside this label. -->
        <label nz-checkbox [ngModel]="archived()" (ngModelChange)="showArchived($event)">
          {{ 'templates.showArchived' | t }}
        </label>
      </div>
      @if (page(); as page) {
        @if (page.state === 'failed') {
          <bst-error-alert class="form-alert" [error]="page.error" [retryable]="true" (retry)="retry()" />
        }
      }
      <nz-table
        #table
        nzSize="middle"
        [nzData]="rows()"
        [nzFrontPagination]="false"
        [nzShowPagination]="false"
        [nzLoading]="page().state === 'loading'"
        [nzNoResult]="empty"
      >
        <thead>
          <tr>
            <th>{{ 'templates.col.name' | t }}</th>
            <th nzWidth="90px">{{ 'templates.col.version' | t }}</th>
            <th>{{ 'templates.col.stages' | t }}</th>
            <th nzWidth="160px">{{ 'templates.col.updated' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (t of table.data; track t.id) {
            <tr data-testid="template-row">
              <td>
                <a [routerLink]="['/route-templates', t.id]">{{ t.name }}</a>
                @if (t.archived) {
                  <nz-tag>{{ 'templates.archived' | t }}</nz-tag>
                }
                @if (t.description) {
                  <div class="bst-muted small">{{ t.description }}</div>
                }
              </td>
              <td>{{ 'templates.versionN' | t: { version: t.version } }}</td>
              <td>{{ stagesText(t) }}</td>
              <td class="bst-muted">
                {{ t.updatedAt | date: 'yyyy-MM-dd HH:mm' }}
                <div class="small">{{ t.updatedBy }}</div>
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><nz-empty [nzNotFoundContent]="'templates.empty' | t" /></ng-template>
      <div class="pager"><bst-pager-bar [pager]="pager" [sizes]="false" testId="templates" /></div>
    </nz-card>
  `,
  styles: `
    .search {
      width: 320px;
    }
    .small {
      font-size: 12px;
    }
    .pager {
      display: flex;
      justify-content: flex-end;
      gap: 12px;
      margin-top: 16px;
    }
  `,
})
export class TemplateListComponent {
  private readonly api = inject(ApprovalsApi);
  private readonly i18n = inject(TranslateService);

  protected readonly archived = signal(false);
  /** The search in force; the box applies what is typed on Enter or its button. */
  protected readonly q = signal('');
  protected readonly pager = new CursorPager();
  private readonly reloads = signal(0);

  protected readonly page = toSignal(
    toObservable(
      computed(() => ({
        q: this.q() || undefined,
        cursor: this.pager.cursor() ?? undefined,
        limit: this.pager.pageSize(),
        reload: this.reloads(),
      })),
    ).pipe(
      switchMap(({ reload: _reload, ...query }) => this.api.templates(query).pipe(toLoad())),
      tap((load) => load.state === 'ready' && this.pager.loaded(load.value)),
    ),
    { initialValue: LOADING as Load<Page<RouteTemplate>> },
  );
  protected readonly rows = linkedSignal<Load<Page<RouteTemplate>>, readonly RouteTemplate[]>({
    source: this.page,
    computation: (page, previous) =>
      page.state === 'ready' ? page.value.items : page.state === 'failed' ? [] : (previous?.value ?? []),
  });

  protected search(q: string): void {
    this.pager.reset();
    this.q.set(q);
  }

  protected showArchived(show: boolean): void {
    this.pager.reset();
    this.archived.set(show);
  }

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }

  /** The stages in one line: “1 支部审核（依次） → 2 党委审批（会签）”. */
  protected stagesText(t: RouteTemplate): string {
    return t.route.stages.map((s, i) => `${i + 1} ${s.name}（${modeText(this.i18n, s.mode)}）`).join(' → ');
  }
}
