import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ComplianceCheck, ComplianceResult } from '@bastion/development-contracts';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { LabelPipe } from '../../../core/i18n/label.pipe';
import type { MessageKey } from '../../../core/i18n/messages.zh-cn';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

const COLOURS: Record<ComplianceResult, string> = {
  pass: 'success',
  fail: 'error',
  pending: 'warning',
  not_applicable: 'default',
};

/**
 * The fixed rules checked against the case: each with its article, whether the case keeps it
 * (or has not reached it yet), why, the dates the check rests on and the rules version.
 */
@Component({
  selector: 'bst-compliance-report',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzTableModule, NzTagModule, LabelPipe, TranslatePipe],
  template: `
    <nz-table
      #table
      nzSize="small"
      [nzData]="checks()"
      [nzFrontPagination]="false"
      [nzShowPagination]="false"
      data-testid="compliance"
    >
      <thead>
        <tr>
          <th nzWidth="90px">{{ 'dev.compliance.article' | t }}</th>
          <th>{{ 'dev.compliance.rule' | t }}</th>
          <th nzWidth="90px">{{ 'dev.compliance.result' | t }}</th>
          <th>{{ 'dev.compliance.detail' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (c of table.data; track c.id) {
          <tr [attr.data-testid]="'compliance-' + c.id" [attr.data-result]="c.result">
            <td>{{ c.article }}</td>
            <td>{{ c.rule | label }}</td>
            <td>
              <nz-tag [nzColor]="colour(c.result)">{{ resultLabel(c.result) | t }}</nz-tag>
            </td>
            <td>
              <div>{{ c.detail }}</div>
              <div class="bst-muted dates">
                @for (d of dates(c); track d.key) {
                  <span>{{ d.key }}：{{ d.value ?? '—' }}</span>
                }
                <span class="bst-mono">{{ c.ruleSetId }}</span>
              </div>
            </td>
          </tr>
        }
      </tbody>
    </nz-table>
  `,
  styles: `
    .dates {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      font-size: 12px;
    }
  `,
})
export class ComplianceReportComponent {
  readonly checks = input.required<readonly ComplianceCheck[]>();

  protected readonly colour = (result: ComplianceResult) => COLOURS[result];
  protected readonly resultLabel = (result: ComplianceResult): MessageKey => `dev.compliance.${result}`;
  protected readonly dates = (c: ComplianceCheck) =>
    Object.entries(c.dates).map(([key, value]) => ({ key, value }));
}
