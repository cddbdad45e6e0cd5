import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { CaseView, DevelopmentStatus } from '@bastion/development-contracts';
import { exitStatuses, signOffLabels } from '@bastion/development-contracts';
import {
  ActedRecord,
  DevelopmentApi,
  PAGE_IMPORTS,
  RECORD_PAGE,
  RecordColumnsComponent,
} from '@bastion/console-ui';
import { DEV_LABELS, namesOf, statusColour } from '../development-labels';
import { shanghaiToday } from '../shared/business-date';
import { ComplianceReportComponent } from '../shared/compliance-report.component';
import { VoteRecordsComponent } from '../shared/vote-records.component';
import { CASE_ACTIONS } from './case-actions';
import { CaseClocksComponent } from './case-clocks.component';
import { CaseEntriesComponent } from './case-entries.component';
import { CaseTimelineComponent } from './case-timeline.component';

/**
 * One development case: who, where and how far (with the dates that matter for membership), the
 * 25 steps, the clocks running, the record of entries, the compliance report, the votes, and the
 * steps the caller may record now. An action's answer is the case as it now stands, shown at once.
 */
@Component({
  selector: 'bst-case-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...PAGE_IMPORTS,
    CaseClocksComponent,
    CaseEntriesComponent,
    CaseTimelineComponent,
    ComplianceReportComponent,
    ...RECORD_PAGE,
    RecordColumnsComponent,
    VoteRecordsComponent,
  ],
  templateUrl: './case-page.component.html',
  styles: `
    .block {
      display: block;
      margin-bottom: 16px;
    }
    .heading-tag {
      margin-left: 8px;
    }
  `,
})
export class CasePageComponent {
  private readonly api = inject(DevelopmentApi);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly labels = DEV_LABELS;
  protected readonly statusColour = statusColour;
  protected readonly namesOf = namesOf;
  protected readonly signOffLabels = signOffLabels;
  protected readonly today = shanghaiToday();

  protected readonly record = new ActedRecord(this.id, (id) => this.api.case(id));
  protected readonly actions = CASE_ACTIONS;

  /** The case's terminate call, for the administrator's 终止 dialog. */
  protected readonly terminate = (reason: string) => this.api.terminateCase(this.id(), { reason });

  /** Whether the case's workflow still runs: not closed by a side exit, archived or terminated. */
  protected readonly running = (view: CaseView): boolean => {
    const ended: readonly DevelopmentStatus[] = [...exitStatuses, 'terminated'];
    return !ended.includes(view.row.status) && view.record.dates.archived === null;
  };
}
