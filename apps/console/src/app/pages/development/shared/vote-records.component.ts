import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { VoteRecord } from '@bastion/development-contracts';
import { KIT_IMPORTS, type MessageKey } from '@bastion/console-ui';

/** The meetings' votes as evidence: the raw counts, the exclusions with reasons, and the outcome. */
@Component({
  selector: 'bst-vote-records',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS],
  template: `
    @for (v of votes(); track v.seq) {
      <div
        class="vote"
        data-testid="vote-record"
        [attr.data-kind]="v.kind"
        [attr.data-passed]="v.outcome.passed"
      >
        <div class="head">
          <strong>{{ v.date }}</strong>
          <span>{{ kindLabel(v.kind) | t }}</span>
          <nz-tag [nzColor]="v.outcome.passed ? 'green' : 'red'">{{
            (v.outcome.passed ? 'dev.vote.passed' : 'dev.vote.failed') | t
          }}</nz-tag>
          @if (v.kind === 'conversion') {
            <nz-tag>{{ resolutionLabel(v.resolution) | t }}</nz-tag>
            @if (v.extensionMonths) {
              <span>{{ 'dev.field.months' | t: { n: v.extensionMonths } }}</span>
            }
          }
        </div>
        <div class="counts">
          {{
            'dev.vote.summary'
              | t
                : {
                    voting: v.counts.votingMembers,
                    expected: v.outcome.expected,
                    present: v.counts.present,
                    yes: v.counts.yes,
                    no: v.counts.no,
                    abstain: v.counts.abstain,
                    wyes: v.counts.written.yes,
                    wno: v.counts.written.no,
                    wabstain: v.counts.written.abstain,
                  }
          }}
        </div>
        @for (e of v.counts.exclusions; track $index) {
          <div class="bst-muted">{{ 'dev.vote.excludedLine' | t: { name: e.name, reason: e.reason } }}</div>
        }
        @if (v.outcome.reason) {
          <div class="bst-overdue">{{ v.outcome.reason }}</div>
        }
      </div>
    } @empty {
      <span class="bst-muted">{{ 'dev.vote.none' | t }}</span>
    }
  `,
  styles: `
    .vote + .vote {
      margin-top: 12px;
      padding-top: 12px;
      border-top: 1px solid #f0f0f0;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
  `,
})
export class VoteRecordsComponent {
  readonly votes = input.required<readonly VoteRecord[]>();
  protected readonly kindLabel = (kind: VoteRecord['kind']): MessageKey => `dev.vote.kind.${kind}`;
  protected readonly resolutionLabel = (r: VoteRecord['resolution']): MessageKey => `dev.resolution.${r}`;
}
