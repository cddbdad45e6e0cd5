import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { StageView } from '@bastion/approvals-contracts';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzTableModule } from 'ng-zorro-antd/table';
import { assigneeRuleText, modeText, TranslatePipe, TranslateService } from '@bastion/console-ui';

/** The stages still to come: who the rule is expected to find, and when each is expected to be due. */
@Component({
  selector: 'bst-stage-forecast',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, NzEmptyModule, NzTableModule, TranslatePipe],
  template: `
    @if (coming().length) {
      <nz-table
        nzSize="small"
        [nzData]="coming()"
        [nzShowPagination]="false"
        [nzFrontPagination]="false"
        #table
      >
        <thead>
          <tr>
            <th>{{ 'forecast.stage' | t }}</th>
            <th>{{ 'forecast.assignees' | t }}</th>
            <th>{{ 'forecast.due' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (stage of table.data; track stage.index) {
            <tr data-testid="forecast-row">
              <td>
                {{ stage.index + 1 }}. {{ stage.name }}
                <div class="bst-muted small">{{ mode(stage) }}</div>
              </td>
              <td>
                {{ people(stage) }}
                <div class="bst-muted small">{{ rule(stage) }}</div>
              </td>
              <td>
                {{
                  stage.forecast?.dueAt
                    ? (stage.forecast?.dueAt | date: 'yyyy-MM-dd')
                    : ('forecast.noLimit' | t)
                }}
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
    } @else {
      <nz-empty nzNotFoundImage="simple" [nzNotFoundContent]="'forecast.none' | t" />
    }
  `,
  styles: '.small { font-size: 12px; }',
})
export class StageForecastComponent {
  private readonly i18n = inject(TranslateService);
  readonly stages = input.required<readonly StageView[]>();

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
