import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  contentChild,
  DestroyRef,
  Directive,
  inject,
  input,
  output,
  TemplateRef,
  ViewEncapsulation,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { ErrorAlertComponent } from '../forms/error-alert.component';
import type { MessageKey } from '../i18n/messages.zh-cn';
import { KIT_IMPORTS } from '../imports/kit-imports';
import type { Load } from '../load/load';

/** The class that strips the console's frame when the page is printed (see styles.css). */
const PRINTING = 'bst-print-page';

/** The sheet's content once loaded: `<ng-template bstSheet [bstSheetOf]="load" let-value>`. */
@Directive({ selector: 'ng-template[bstSheet]' })
export class SheetDirective<T> {
  readonly template = inject<TemplateRef<{ $implicit: T }>>(TemplateRef);
  /** What the sheet shows, so the template's `let-value` has its type. */
  readonly bstSheetOf = input<Load<T>>();

  static ngTemplateContextGuard<T>(
    _directive: SheetDirective<T>,
    _context: unknown,
  ): _context is { $implicit: T } {
    return true;
  }
}

/**
 * A document made for paper (a development dossier, a batch's report), the same way for both: on
 * screen a way back and a toolbar (the page's own buttons, then print), then the A4 sheet: a
 * skeleton while it loads, the error with a retry, or the page's content, set as a printed
 * document (serif, ruled tables, headings). While the page is open the console's frame is left
 * out of print. `sheetTestId` marks the sheet, `printTestId` the print button.
 */
@Component({
  selector: 'bst-print-sheet',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...KIT_IMPORTS, NgTemplateOutlet, RouterLink, NzSkeletonModule, ErrorAlertComponent],
  // The sheet's rules style the content the page projects, so they are not scoped to this view.
  encapsulation: ViewEncapsulation.None,
  template: `
    <div class="bst-page-header screen-only">
      <a nz-button [routerLink]="back()"><nz-icon nzType="left" />{{ backText() | t }}</a>
      <div class="bst-toolbar">
        <ng-content />
        <button nz-button nzType="primary" type="button" (click)="print()" [attr.data-testid]="printTestId()">
          <nz-icon nzType="printer" />{{ printText() | t }}
        </button>
      </div>
    </div>
    @let l = load();
    @if (l.state === 'loading') {
      <div class="sheet"><nz-skeleton [nzActive]="true" [nzParagraph]="{ rows: 12 }" /></div>
    } @else if (l.state === 'failed') {
      <div class="sheet"><bst-error-alert [error]="l.error" [retryable]="true" (retry)="retry.emit()" /></div>
    } @else {
      <article class="sheet" [attr.data-testid]="sheetTestId()" [attr.data-edition]="edition()">
        <ng-container *ngTemplateOutlet="content().template; context: { $implicit: l.value }" />
      </article>
    }
  `,
  styles: `
    bst-print-sheet .sheet {
      max-width: 210mm;
      margin: 0 auto;
      padding: 16mm 18mm;
      background: #fff;
      color: #000;
      font-family: 'Songti SC', 'SimSun', 'Noto Serif CJK SC', serif;
      line-height: 1.7;
    }
    bst-print-sheet .sheet header {
      margin-bottom: 8mm;
      text-align: center;
    }
    bst-print-sheet .sheet h1 {
      margin: 4mm 0 2mm;
      font-size: 22px;
    }
    bst-print-sheet .sheet h2 {
      margin: 6mm 0 2mm;
      font-size: 16px;
    }
    bst-print-sheet .sheet .meta,
    bst-print-sheet .sheet .muted {
      color: #555;
      font-size: 12px;
    }
    bst-print-sheet .sheet table {
      width: 100%;
      border-collapse: collapse;
      font-size: 12px;
    }
    bst-print-sheet .sheet th,
    bst-print-sheet .sheet td {
      padding: 4px 6px;
      border: 1px solid #333;
      vertical-align: top;
      text-align: left;
    }
    bst-print-sheet .sheet tr {
      break-inside: avoid;
    }
    bst-print-sheet .sheet .n {
      width: 36px;
      text-align: center;
    }
    @media print {
      bst-print-sheet .screen-only {
        display: none;
      }
      bst-print-sheet .sheet {
        max-width: none;
        padding: 0;
      }
    }
  `,
})
export class PrintSheetComponent<T> {
  private readonly document = inject(DOCUMENT);

  readonly load = input.required<Load<T>>();
  /** The route back to the record the document is of, and the words of that link. */
  readonly back = input.required<readonly unknown[]>();
  readonly backText = input.required<MessageKey>();
  readonly printText = input.required<MessageKey>();
  readonly printTestId = input.required<string>();
  readonly sheetTestId = input.required<string>();
  /** Which edition the sheet is, for a document printed in more than one. */
  readonly edition = input<string | null>(null);
  readonly retry = output();

  protected readonly content = contentChild.required<SheetDirective<T>>(SheetDirective);

  constructor() {
    this.document.body.classList.add(PRINTING);
    inject(DestroyRef).onDestroy(() => this.document.body.classList.remove(PRINTING));
  }

  protected print(): void {
    this.document.defaultView?.print();
  }
}
