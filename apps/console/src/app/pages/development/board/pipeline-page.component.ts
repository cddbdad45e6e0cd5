import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { DevelopmentStatus } from '@bastion/development-contracts';
import { NzTableModule } from 'ng-zorro-antd/table';
import {
  DevelopmentApi,
  EchartComponent,
  type FilterField,
  FilterFieldsComponent,
  FilterSlotDirective,
  type FilterSource,
  keptLoad,
  PAGE_IMPORTS,
  TranslateService,
} from '@bastion/console-ui';
import { DEV_LABELS, PIPELINE } from '../development-labels';
import { pipelineOption } from './pipeline-chart';

/**
 * 发展党员工作看板: the open cases of a subtree by status, from applicant to full member, with how
 * many have a clock past its date; the same counts per branch below, indented as the tree is.
 * Every count opens the case list narrowed to it.
 */
@Component({
  selector: 'bst-pipeline-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...PAGE_IMPORTS, NzTableModule, EchartComponent, FilterFieldsComponent, FilterSlotDirective],
  templateUrl: './pipeline-page.component.html',
  styleUrl: './pipeline-page.component.css',
})
export class PipelinePageComponent {
  private readonly api = inject(DevelopmentApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(TranslateService);

  /** Query parameter: the subtree the board counts. */
  readonly orgId = input<string | undefined>();

  protected readonly labels = DEV_LABELS;
  protected readonly statuses = PIPELINE;
  protected readonly filterFields: readonly FilterField[] = [
    { key: 'orgId', kind: 'org', label: 'dev.filter.org', testId: 'pipeline-org', width: '280px' },
    { key: 'asOf', kind: 'slot' },
  ];
  /** The subtree lives in the address: picking one navigates. */
  protected readonly filterBar: FilterSource = {
    values: () => ({ orgId: this.orgId() ?? null }),
    filtered: () => !!this.orgId(),
    apply: (changed) => this.pickOrg((changed['orgId'] as string | null | undefined) ?? null),
    clear: () => this.pickOrg(null),
    reload: () => this.reload(),
  };
  private readonly reloads = signal(0);

  protected readonly board = keptLoad(
    () => ({ orgId: this.orgId() ?? null, reload: this.reloads() }),
    ({ orgId }) => orgId ?? '',
    ({ orgId }) => this.api.pipeline(orgId),
  );

  /** The columns in pipeline order, whatever order they came in; a status with no cases shows 0. */
  protected readonly columns = computed(() => {
    const load = this.board();
    const columns = load.state === 'ready' ? load.value.columns : [];
    return PIPELINE.map(
      (status) => columns.find((c) => c.status === status) ?? { status, total: 0, overdue: 0 },
    );
  });

  protected readonly chart = computed(() => {
    // Read the language so the chart redraws in the other one after a switch.
    this.i18n.language();
    return pipelineOption(this.columns(), {
      status: (status) => this.i18n.label(DEV_LABELS.status[status as DevelopmentStatus]),
      onTime: this.i18n.t('dev.board.onTime'),
      overdue: this.i18n.t('dev.board.overdue'),
    });
  });

  /** The case list's address for a count: the subtree (or one branch), a status, overdue only. */
  protected listParams(extra: {
    orgId?: string;
    status?: string;
    overdue?: boolean;
  }): Record<string, string> {
    const params: Record<string, string> = {};
    const orgId = extra.orgId ?? this.orgId();
    if (orgId) params['orgId'] = orgId;
    if (extra.status) params['status'] = extra.status;
    if (extra.overdue) params['overdue'] = 'true';
    return params;
  }

  protected openStatus(status: string): void {
    void this.router.navigate(['/development/cases'], { queryParams: this.listParams({ status }) });
  }

  protected pickOrg(orgId: string | null): void {
    void this.router.navigate([], { queryParams: { orgId } });
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }
}
