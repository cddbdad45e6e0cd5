import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { CaseRecord, DossierView, TimelineState } from '@bastion/development-contracts';
import { firstValueFrom, switchMap } from 'rxjs';
import {
  DevelopmentApi,
  fileSize,
  KIT_IMPORTS,
  ListCellDirective,
  type Load,
  LOADING,
  type MessageKey,
  notices,
  PrintSheetComponent,
  saveBlob,
  type SheetColumn,
  SheetDirective,
  SheetTableComponent,
  toLoad,
  TranslateService,
} from '@bastion/console-ui';
import { DEV_LABELS, entryText, namesOf } from '../development-labels';
import { entryAccount } from '../case/case-entries.component';
import { ComplianceReportComponent } from '../shared/compliance-report.component';
import { VoteRecordsComponent } from '../shared/vote-records.component';

/**
 * 发展党员档案 for print: the person and the dates that matter, the 25 steps, every entry of the
 * record with its evidence (name, size and fingerprint, to match the copies in the zip), the
 * votes with their counts and the compliance report. The zip holds the same with the files.
 */
@Component({
  selector: 'bst-dossier-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...KIT_IMPORTS,
    DatePipe,
    ComplianceReportComponent,
    ListCellDirective,
    PrintSheetComponent,
    SheetDirective,
    SheetTableComponent,
    VoteRecordsComponent,
  ],
  templateUrl: './dossier-page.component.html',
  styles: `
    .hash {
      font-family: ui-monospace, Menlo, Consolas, monospace;
      font-size: 10px;
      color: #555;
    }
    .note {
      white-space: pre-wrap;
    }
  `,
})
export class DossierPageComponent {
  private readonly api = inject(DevelopmentApi);
  private readonly notice = notices();
  private readonly i18n = inject(TranslateService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly labels = DEV_LABELS;
  protected readonly downloading = signal(false);
  private readonly reloads = signal(0);

  protected readonly dossier = toSignal(
    toObservable(computed(() => ({ id: this.id(), reload: this.reloads() }))).pipe(
      switchMap(({ id }) => this.api.dossier(id).pipe(toLoad())),
    ),
    { initialValue: LOADING as Load<DossierView> },
  );

  /** Each entry's evidence, as the dossier lists the files by entry. */
  protected readonly filesByEntry = computed(() => {
    const load = this.dossier();
    const map = new Map<number, DossierView['files']>();
    if (load.state !== 'ready') return map;
    for (const file of load.value.files) map.set(file.entrySeq, [...(map.get(file.entrySeq) ?? []), file]);
    return map;
  });

  /** The 25 steps: each with its state and its date (done), due date or predicted date. */
  protected readonly timelineColumns: readonly SheetColumn<DossierView['timeline'][number]>[] = [
    { key: 'number', title: { text: '#' }, narrow: true, text: (s) => String(s.number) },
    { key: 'step', title: 'dev.dossier.step' },
    { key: 'state', title: 'dev.dossier.state' },
    { key: 'date', title: 'dev.dossier.date', text: (s) => s.date ?? s.due ?? s.predicted ?? '—' },
  ];
  protected readonly stepMarks = (s: DossierView['timeline'][number]) => ({ state: s.state });
  /** Every entry of the record: when, what, who, and the evidence filed with it. */
  protected readonly entryColumns: readonly SheetColumn<DossierView['entries'][number]>[] = [
    { key: 'seq', title: { text: '#' }, narrow: true, text: (e) => String(e.seq) },
    { key: 'date', title: 'dev.dossier.date' },
    { key: 'entry', title: 'dev.dossier.entry' },
    { key: 'actor', title: 'dev.dossier.actor' },
    { key: 'evidence', title: 'dev.dossier.evidence' },
  ];

  protected readonly size = fileSize;
  protected readonly accountOf = entryAccount;
  protected readonly stateLabel = (state: TimelineState): MessageKey => `dev.state.${state}`;
  protected readonly entryText = (kind: DossierView['entries'][number]['kind']) => entryText(this.i18n, kind);

  /** The person and the dates that matter, two to a line as the paper form has them. */
  protected personFacts(r: CaseRecord): { label: MessageKey; value: string | null; testId?: string }[][] {
    return [
      [
        { label: 'dev.field.person', value: r.person.name },
        { label: 'dev.field.birthDate', value: r.person.birthDate },
      ],
      [
        { label: 'dev.field.org', value: r.org.name },
        { label: 'dev.field.committee', value: r.approvingCommittee?.name ?? null },
      ],
      [
        { label: 'dev.field.applicationDate', value: r.dates.application },
        { label: 'dev.field.activistDate', value: r.dates.activist },
      ],
      [
        { label: 'dev.field.candidateDate', value: r.dates.candidate },
        {
          label: 'dev.field.admissionDate',
          value: r.dates.admissionMeeting,
          testId: 'dossier-admission-date',
        },
      ],
      [
        { label: 'dev.field.probationEnd', value: r.dates.probationEnd, testId: 'dossier-probation-end' },
        { label: 'dev.field.standingDate', value: r.dates.standing },
      ],
      [
        { label: 'dev.field.mentors', value: namesOf(r.mentors) },
        { label: 'dev.field.sponsors', value: namesOf(r.sponsors) },
      ],
    ];
  }

  protected async downloadZip(number: string): Promise<void> {
    this.downloading.set(true);
    try {
      saveBlob(await firstValueFrom(this.api.dossierZip(this.id())), `${number}.zip`);
    } catch (error) {
      this.notice.failed(error);
    } finally {
      this.downloading.set(false);
    }
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }
}
