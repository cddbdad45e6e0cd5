import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  model,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { catchError, distinctUntilChanged, filter, of, switchMap } from 'rxjs';
import { DevelopmentApi, TranslatePipe, TranslateService } from '@bastion/console-ui';
import type { ExpectedVotersView } from '@bastion/development-contracts';
import { voteProblems } from '@bastion/development-rules';
import { type ExclusionDraft, liveOutcome, prefillVote, voteCounts, type VoteDraft } from './vote-draft';

type Count = 'votingMembers' | 'present' | 'yes' | 'no' | 'abstain';
type Written = 'yes' | 'no' | 'abstain';

/**
 * The raw counts of a branch general meeting (steps 15 and 23) and, as they are typed, what the
 * rules make of them: how many are expected, whether the meeting is quorate, how many voted yes
 * with the written opinions, and whether that passes — with the rule's reason when it does not.
 * Given a case and the meeting date, the voters and exclusions come from the branch's records.
 */
@Component({
  selector: 'bst-vote-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    NzButtonModule,
    NzDatePickerModule,
    NzIconModule,
    NzInputModule,
    NzTagModule,
    TranslatePipe,
  ],
  templateUrl: './vote-form.component.html',
  styles: `
    .counts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(120px, 1fr));
      gap: 8px 12px;
    }
    label {
      display: flex;
      flex-direction: column;
      gap: 4px;
      font-size: 13px;
    }
    .exclusion {
      display: grid;
      grid-template-columns: minmax(100px, 140px) 1fr auto;
      align-items: center;
      gap: 6px 8px;
      margin-bottom: 8px;
    }
    /* The dates (or the roll's tag) on a line of their own under the name and the reason. */
    .exclusion .dates {
      grid-column: 1 / 3;
      grid-row: 2;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    .outcome {
      margin-top: 12px;
      padding: 8px 12px;
      border-radius: 4px;
      background: #fafafa;
      border-left: 4px solid #d9d9d9;
    }
    .outcome.passed {
      border-left-color: #52c41a;
    }
    .outcome.failed {
      border-left-color: #f5222d;
    }
    .figures {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
    }
    h5 {
      margin: 12px 0 6px;
    }
  `,
})
export class VoteFormComponent {
  private readonly api = inject(DevelopmentApi);
  private readonly i18n = inject(TranslateService);

  readonly vote = model.required<VoteDraft>();
  /** With a case and a meeting date, the branch's voters are looked up for that date. */
  readonly caseId = input<string | null>(null);
  readonly date = input<string | null>(null);
  readonly testId = input('vote');
  readonly disabled = input(false);

  protected readonly roster = signal<ExpectedVotersView | null>(null);
  protected readonly rosterFailed = signal<string | null>(null);
  protected readonly outcome = computed(() => liveOutcome(this.vote()));
  /** Full members whose voting rights are suspended on the date (留党察看), by name. */
  protected readonly suspendedNames = computed(() =>
    (this.roster()?.suspended ?? []).map((p) => p.name).join(this.i18n.language() === 'zh-CN' ? '、' : ', '),
  );
  /** More than half of the expected: the smallest number that is. */
  protected readonly needed = computed(() => {
    const outcome = this.outcome();
    return outcome ? Math.floor(outcome.expected / 2) + 1 : null;
  });

  /**
   * Why the vote fails: the rules' own sentence in Chinese; in English the same reason in our
   * words (the rules speak Chinese only), except for inconsistent counts, which keep theirs.
   */
  protected readonly reason = computed(() => {
    const outcome = this.outcome();
    if (!outcome?.reason) return null;
    if (this.i18n.language() === 'zh-CN') return outcome.reason;
    const counts = voteCounts(this.vote());
    if (voteProblems(counts).length) return outcome.reason;
    if (outcome.expected === 0) return this.i18n.t('dev.vote.reasonNoVoters');
    if (!outcome.quorate) {
      return this.i18n.t('dev.vote.reasonInquorate', { present: counts.present, expected: outcome.expected });
    }
    return this.i18n.t('dev.vote.reasonMajority', {
      yes: outcome.yesTotal,
      written: counts.written.yes,
      expected: outcome.expected,
    });
  });

  constructor() {
    toObservable(computed(() => ({ caseId: this.caseId(), date: this.date() })))
      .pipe(
        distinctUntilChanged((a, b) => a.caseId === b.caseId && a.date === b.date),
        filter((p): p is { caseId: string; date: string } => !!p.caseId && !!p.date),
        switchMap(({ caseId, date }) =>
          this.api.expectedVoters(caseId, date).pipe(
            catchError((error: unknown) => {
              this.rosterFailed.set(this.i18n.error(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((voters) => {
        this.roster.set(voters);
        if (!voters) return;
        this.rosterFailed.set(null);
        this.vote.update((vote) => prefillVote(vote, voters));
      });
  }

  protected setCount(field: Count, value: number | null): void {
    this.vote.update((vote) => ({ ...vote, [field]: value }));
  }

  protected setWritten(field: Written, value: number | null): void {
    this.vote.update((vote) => ({ ...vote, written: { ...vote.written, [field]: value } }));
  }

  protected addExclusion(): void {
    this.vote.update((vote) => ({
      ...vote,
      exclusions: [
        ...vote.exclusions,
        { name: '', reason: '', approvedBy: null, fromDate: null, toDate: null },
      ],
    }));
  }

  protected setExclusionDate(index: number, field: 'fromDate' | 'toDate', value: Date | null): void {
    this.vote.update((vote) => ({
      ...vote,
      exclusions: vote.exclusions.map((e, i): ExclusionDraft => (i === index ? { ...e, [field]: value } : e)),
    }));
  }

  protected setExclusion(index: number, field: 'name' | 'reason', value: string): void {
    this.vote.update((vote) => ({
      ...vote,
      exclusions: vote.exclusions.map((e, i): ExclusionDraft => (i === index ? { ...e, [field]: value } : e)),
    }));
  }

  protected removeExclusion(index: number): void {
    this.vote.update((vote) => ({ ...vote, exclusions: vote.exclusions.filter((_, i) => i !== index) }));
  }
}
