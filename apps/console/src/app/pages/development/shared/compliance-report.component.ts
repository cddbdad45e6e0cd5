import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ComplianceCheck, ComplianceResult } from '@bastion/development-contracts';
import { type TextKey, type TextRef, textCatalogue } from '@bastion/messages';
import { NzTableModule } from 'ng-zorro-antd/table';
import { KIT_IMPORTS, type MessageKey, TextPipe } from '@bastion/console-ui';

const COLOURS: Record<ComplianceResult, string> = {
  pass: 'success',
  fail: 'error',
  pending: 'warning',
  not_applicable: 'default',
};

/**
 * Every fixed rule checked against the case: each with its article, whether the case keeps it
 * (or has not reached it yet), why, the dates the check rests on and the rules version.
 */
@Component({
  selector: 'bst-compliance-report',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, NzTableModule, TextPipe],
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
            <td class="article">{{ c.article | text }}</td>
            <td class="rule">{{ c.rule | text }}</td>
            <td>
              <nz-tag [nzColor]="colour(c.result)">{{ resultLabel(c.result) | t }}</nz-tag>
            </td>
            <td class="detail">
              <div>{{ c.detail | text }}</div>
              <div class="bst-muted dates">
                @for (d of dates(c); track d.key) {
                  <span [attr.data-date]="d.key">{{ d.label ? (d.label | text) : d.key }}: {{ d.value ?? '—' }}</span>
                }
                <span>{{ 'dev.compliance.ruleSet' | t }}: <span class="bst-mono">{{ c.ruleSetId }}</span></span>
              </div>
            </td>
          </tr>
        }
      </tbody>
    </nz-table>
  `,
  styles: `
    /* On a phone each rule is a block: article and result on one line, the rule and its dates below. */
    @media (max-width: 767px) {
      :host ::ng-deep table,
      tbody {
        display: block;
        width: 100%;
      }
      thead {
        display: none;
      }
      tr {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 4px 8px;
        padding: 8px 0;
        border-bottom: 1px solid #f0f0f0;
      }
      td {
        display: block;
        border: none !important;
        padding: 0 8px !important;
      }
      td.article {
        font-weight: 600;
      }
      td.rule,
      td.detail {
        grid-column: 1 / -1;
        order: 1;
      }
    }
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
    Object.entries(c.dates).map(([key, value]) => ({ key, value, label: dateLabel(key) }));
}

/** What a date of a check is, from the catalogue; a date it does not name shows its key. */
function dateLabel(key: string): TextRef | null {
  const name = `development.compliance.date.${key}`;
  return name in textCatalogue ? { key: name as TextKey } : null;
}
