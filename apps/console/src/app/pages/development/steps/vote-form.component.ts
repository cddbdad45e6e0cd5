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
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { catchError, distinctUntilChanged, filter, of, switchMap } from 'rxjs';
import { DevelopmentApi, KIT_IMPORTS, type MessageKey, TranslateService } from '@bastion/console-ui';
import type { ExpectedVotersView } from '@bastion/development-contracts';
import { voteProblems } from '@bastion/development-rules';
import { type ExclusionDraft, liveOutcome, prefillVote, voteCounts, type VoteDraft } from './vote-draft';

type Count = 'votingMembers' | 'present' | 'yes' | 'no' | 'abstain';
type Written = 'yes' | 'no' | 'abstain';

/** One count of the vote as typed: its words, its test id's tail, how it is read and set. */
interface VoteCount {
  label: MessageKey;
  id: string;
  get: (vote: VoteDraft) => number | null;
  set: (vote: VoteDraft, value: number | null) => VoteDraft;
}

function count(field: Count, label: MessageKey, id: string): VoteCount {
  return { label, id, get: (vote) => vote[field], set: (vote, value) => ({ ...vote, [field]: value }) };
}

function written(field: Written, label: MessageKey): VoteCount {
  return {
    label,
    id: `written-${field}`,
    get: (vote) => vote.written[field],
    set: (vote, value) => ({ ...vote, written: { ...vote.written, [field]: value } }),
  };
}

/**
 * The raw counts of a branch general meeting (steps 15 and 23) and, as they are typed, what the
 * rules make of them: how many are expected, whether the meeting is quorate, how many voted yes
 * with the written opinions, and whether that passes — with the rule's reason when it does not.
 * Given a case and the meeting date, the voters and exclusions come from the branch's records.
 */
@Component({
  selector: 'bst-vote-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, FormsModule, NzDatePickerModule, NzInputModule],
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

  /** The meeting's counts, then the written opinions of those absent, as typed. */
  protected readonly countGroups: readonly { title: MessageKey | null; counts: readonly VoteCount[] }[] = [
    {
      title: null,
      counts: [
        count('votingMembers', 'dev.vote.votingMembers', 'voting-members'),
        count('present', 'dev.vote.present', 'present'),
        count('yes', 'dev.vote.yes', 'yes'),
        count('no', 'dev.vote.no', 'no'),
        count('abstain', 'dev.vote.abstain', 'abstain'),
      ],
    },
    {
      title: 'dev.vote.written',
      counts: [
        written('yes', 'dev.vote.writtenYes'),
        written('no', 'dev.vote.writtenNo'),
        written('abstain', 'dev.vote.writtenAbstain'),
      ],
    },
  ];

  /** What an exclusion typed at the meeting says: who and why, and the days it covers. */
  protected readonly exclusionTexts = [
    { key: 'name', label: 'dev.vote.exclusionName', id: 'name' },
    { key: 'reason', label: 'dev.vote.exclusionReason', id: 'reason' },
  ] as const;
  protected readonly exclusionDates = [
    { key: 'fromDate', label: 'dev.vote.exclusionFrom', id: 'from' },
    { key: 'toDate', label: 'dev.vote.exclusionTo', id: 'to' },
  ] as const;

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

  protected setCount(set: VoteCount['set'], value: number | null): void {
    this.vote.update((vote) => set(vote, value));
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

  protected setExclusion<K extends keyof ExclusionDraft>(
    index: number,
    key: K,
    value: ExclusionDraft[K],
  ): void {
    this.vote.update((vote) => ({
      ...vote,
      exclusions: vote.exclusions.map((e, i): ExclusionDraft => (i === index ? { ...e, [key]: value } : e)),
    }));
  }

  protected removeExclusion(index: number): void {
    this.vote.update((vote) => ({ ...vote, exclusions: vote.exclusions.filter((_, i) => i !== index) }));
  }
}
