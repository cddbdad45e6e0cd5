import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChildren,
  Directive,
  inject,
  input,
  TemplateRef,
} from '@angular/core';
import type { Termination } from '@bastion/shared-contracts';
import { type Observable, tap } from 'rxjs';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { ErrorAlertComponent } from '../forms/error-alert.component';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TerminateButtonComponent } from '../termination/terminate-button.component';
import { TerminationNoteComponent } from '../termination/termination-note.component';
import type { ActedRecord } from './acted-record';
import { RecordActionPanelComponent } from './record-action-panel.component';

/** What the frame needs of a record's view: its number (for the 终止 dialog) and its termination. */
export interface RecordPageView {
  readonly row: { readonly number: string };
  readonly termination: Termination | null;
}

/** The context of a part of the page: the record as it stands (`let-view`). */
export interface RecordPartContext<V> {
  readonly $implicit: V;
}

/**
 * A part of a record's page the page writes: `title` (inside the heading), `links` (the buttons
 * beside the heading, between 终止 and reload) or `body` (all below). `[bstRecordPartOf]` names
 * the record, so the template's `let-view` has its type.
 */
@Directive({ selector: 'ng-template[bstRecordPart]' })
export class RecordPartDirective<V> {
  readonly template = inject<TemplateRef<RecordPartContext<V>>>(TemplateRef);
  readonly bstRecordPart = input.required<'title' | 'links' | 'body'>();
  readonly bstRecordPartOf = input<ActedRecord<V>>();

  static ngTemplateContextGuard<V>(
    _directive: RecordPartDirective<V>,
    _context: unknown,
  ): _context is RecordPartContext<V> {
    return true;
  }
}

/**
 * The frame of one record's page (a development case, a rectification item), the same for both:
 * a skeleton while the record loads, the failure with a retry, then the heading with the
 * administrator's 终止 (its answer shown at once), the page's links and a reload button, the
 * note of a termination, and the page's body. The page supplies the record and its parts.
 */
@Component({
  selector: 'bst-record-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzSkeletonModule,
    ErrorAlertComponent,
    TerminateButtonComponent,
    TerminationNoteComponent,
    TranslatePipe,
  ],
  template: `
    @let load = record().view();
    @if (load.state === 'loading') {
      <nz-card><nz-skeleton [nzActive]="true" [nzParagraph]="{ rows: 10 }" /></nz-card>
    } @else if (load.state === 'failed') {
      <nz-card><bst-error-alert [error]="load.error" [retryable]="true" (retry)="reload()" /></nz-card>
    } @else {
      @let view = load.value;
      @let context = { $implicit: view };
      <div class="bst-page-header">
        <h1><ng-container [ngTemplateOutlet]="part('title')" [ngTemplateOutletContext]="context" /></h1>
        <div class="actions">
          <bst-terminate-button [what]="view.row.number" [running]="running()(view)" [send]="send" />
          <ng-container [ngTemplateOutlet]="part('links')" [ngTemplateOutletContext]="context" />
          <button
            nz-button
            type="button"
            (click)="reload()"
            [attr.aria-label]="'common.reload' | t"
            [attr.data-testid]="reloadTestId()"
          >
            <nz-icon nzType="reload" />
          </button>
        </div>
      </div>
      @if (view.termination; as termination) {
        <bst-termination-note [termination]="termination" />
      }
      <ng-container [ngTemplateOutlet]="part('body')" [ngTemplateOutletContext]="context" />
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class RecordPageComponent<V extends RecordPageView> {
  readonly record = input.required<ActedRecord<V>>();
  /** Whether the record's workflow still runs, so that 终止 is offered. */
  readonly running = input.required<(view: V) => boolean>();
  /** The record's terminate call with the administrator's reason. */
  readonly terminate = input.required<(reason: string) => Observable<V>>();
  readonly reloadTestId = input<string>();

  private readonly parts = contentChildren<RecordPartDirective<V>>(RecordPartDirective);
  private readonly templates = computed(
    () => new Map(this.parts().map((p) => [p.bstRecordPart(), p.template] as const)),
  );

  /** 终止's answer is the record as it now stands. */
  protected readonly send = (reason: string) =>
    this.terminate()(reason).pipe(tap((view) => this.record().acted(view)));

  protected part(name: 'title' | 'links' | 'body'): TemplateRef<RecordPartContext<V>> | null {
    return this.templates().get(name) ?? null;
  }

  protected reload(): void {
    this.record().reload();
  }
}

/** What a record's page imports: the frame, its parts and the action panel. */
export const RECORD_PAGE = [RecordPageComponent, RecordPartDirective, RecordActionPanelComponent] as const;
