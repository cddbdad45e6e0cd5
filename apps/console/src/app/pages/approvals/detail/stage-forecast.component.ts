import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { StageView } from '@bastion/approvals-contracts';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import {
  assigneeRuleText,
  DataTableComponent,
  ListCellDirective,
  modeText,
  type TableSpec,
  TranslatePipe,
  TranslateService,
} from '@bastion/console-ui';

/** The stages still to come: who the rule is expected to find, and when each is expected to be due. */
@Component({
  selector: 'bst-stage-forecast',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, NzEmptyModule, DataTableComponent, ListCellDirective, TranslatePipe],
  template: `
    @if (coming().length) {
      <bst-data-table [spec]="table" [rows]="coming()">
        <ng-template bstCell="stage" [bstCellOf]="coming()" let-stage>
          {{ stage.index + 1 }}. {{ stage.name }}
          <div class="bst-muted small">{{ mode(stage) }}</div>
        </ng-template>
        <ng-template bstCell="assignees" [bstCellOf]="coming()" let-stage>
          {{ people(stage) }}
          <div class="bst-muted small">{{ rule(stage) }}</div>
        </ng-template>
        <ng-template bstCell="due" [bstCellOf]="coming()" let-stage>
          {{
            stage.forecast?.dueAt ? (stage.forecast?.dueAt | date: 'yyyy-MM-dd') : ('forecast.noLimit' | t)
          }}
        </ng-template>
      </bst-data-table>
    } @else {
      <nz-empty nzNotFoundImage="simple" [nzNotFoundContent]="'forecast.none' | t" />
    }
  `,
  styles: '.small { font-size: 12px; }',
})
export class StageForecastComponent {
  private readonly i18n = inject(TranslateService);
  readonly stages = input.required<readonly StageView[]>();

  protected readonly table: TableSpec<StageView> = {
    columns: [
      { key: 'stage', title: 'forecast.stage' },
      { key: 'assignees', title: 'forecast.assignees' },
      { key: 'due', title: 'forecast.due' },
    ],
    rowKey: (stage) => stage.index,
    testIds: { row: 'forecast-row' },
    size: 'small',
  };
  protected readonly coming = computed(() => this.stages().filter((s) => s.status === 'pending'));

  protected mode(stage: StageView): string {
    return modeText(this.i18n, stage.definition.mode);
  }

  protected rule(stage: StageView): string {
    return assigneeRuleText(this.i18n, stage.definition.assignees);
  }

  protected people(stage: StageView): string {
    const names = stage.forecast?.assignees.map((p) => p.name) ?? [];
    return names.length ? names.join('、') : this.i18n.t('diagram.unknown');
  }
}
