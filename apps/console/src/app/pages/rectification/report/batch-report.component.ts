import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import type { BatchReportView } from '@bastion/rectification-contracts';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { switchMap } from 'rxjs';
import {
  KIT_IMPORTS,
  type Load,
  LOADING,
  PrintSheetComponent,
  queryAddress,
  RectificationApi,
  SheetDirective,
  toLoad,
} from '@bastion/console-ui';
import { LABELS } from '../rectification-labels';

/**
 * 整改情况报告 for print: the batch, the report and the principal leader's report, every item with
 * its status and evidence, and the signature block. The public edition leaves out the items
 * marked exempt from publication (the service does that; the page says how many). Printed on A4
 * without the console's menu and header.
 */
@Component({
  selector: 'bst-batch-report',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, DatePipe, FormsModule, NzRadioModule, PrintSheetComponent, SheetDirective],
  templateUrl: './batch-report.component.html',
  styleUrl: './batch-report.component.css',
})
export class BatchReportComponent {
  private readonly api = inject(RectificationApi);
  private readonly address = queryAddress();

  /** Route parameter and query parameter. */
  readonly id = input.required<string>();
  readonly edition = input<string | undefined>();

  protected readonly labels = LABELS;
  protected readonly chosen = computed<'internal' | 'public'>(() =>
    this.edition() === 'public' ? 'public' : 'internal',
  );
  private readonly reloads = signal(0);

  protected readonly report = toSignal(
    toObservable(computed(() => ({ id: this.id(), edition: this.chosen(), reload: this.reloads() }))).pipe(
      switchMap(({ id, edition }) => this.api.report(id, edition).pipe(toLoad())),
    ),
    { initialValue: LOADING as Load<BatchReportView> },
  );

  /** A report's paragraphs, each indented by two characters as a Chinese report is set. */
  protected paragraphs(text: string): string[] {
    return text
      .split(/\n+/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
  }

  protected pickEdition(edition: 'internal' | 'public'): void {
    this.address.keep({ edition });
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }
}
