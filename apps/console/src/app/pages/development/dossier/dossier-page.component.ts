import { DatePipe, DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { DossierView, TimelineState } from '@bastion/development-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { firstValueFrom, switchMap } from 'rxjs';
import {
  DevelopmentApi,
  ErrorAlertComponent,
  fileSize,
  LabelPipe,
  type Load,
  LOADING,
  type MessageKey,
  saveBlob,
  toLoad,
  TranslatePipe,
  TranslateService,
} from '@bastion/console-ui';
import { DEV_LABELS, entryText } from '../development-labels';
import { entryAccount } from '../case/case-entries.component';
import { ComplianceReportComponent } from '../shared/compliance-report.component';
import { VoteRecordsComponent } from '../shared/vote-records.component';

/** The class that strips the console's frame when the page is printed (see styles.css). */
const PRINTING = 'bst-print-page';

/**
 * 发展党员档案 for print: the person and the dates that matter, the 25 steps, every entry of the
 * record with its evidence (name, size and fingerprint, to match the copies in the zip), the
 * votes with their counts and the compliance report. The zip holds the same with the files.
 */
@Component({
  selector: 'bst-dossier-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    NzButtonModule,
    NzIconModule,
    NzSkeletonModule,
    ComplianceReportComponent,
    ErrorAlertComponent,
    LabelPipe,
    TranslatePipe,
    VoteRecordsComponent,
  ],
  templateUrl: './dossier-page.component.html',
  styleUrl: './dossier-page.component.css',
})
export class DossierPageComponent {
  private readonly api = inject(DevelopmentApi);
  private readonly document = inject(DOCUMENT);
  private readonly message = inject(NzMessageService);
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

  protected readonly size = fileSize;
  protected readonly accountOf = entryAccount;
  protected readonly stateLabel = (state: TimelineState): MessageKey => `dev.state.${state}`;
  protected readonly entryText = (kind: DossierView['entries'][number]['kind']) => entryText(this.i18n, kind);

  constructor() {
    this.document.body.classList.add(PRINTING);
    inject(DestroyRef).onDestroy(() => this.document.body.classList.remove(PRINTING));
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected async downloadZip(number: string): Promise<void> {
    this.downloading.set(true);
    try {
      saveBlob(await firstValueFrom(this.api.dossierZip(this.id())), `${number}.zip`);
    } catch (error) {
      this.message.error(this.i18n.error(error));
    } finally {
      this.downloading.set(false);
    }
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }
}
