import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, contentChildren, input } from '@angular/core';
import type { Termination } from '@bastion/shared-contracts';
import { type Observable, tap } from 'rxjs';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { ButtonComponent, reloadButton } from '../actions/button.component';
import { ErrorAlertComponent } from '../forms/error-alert.component';
import { templatesByName } from '../slots/templates-by-name';
import { TerminateButtonComponent } from '../termination/terminate-button.component';
import { TerminationNoteComponent } from '../termination/termination-note.component';
import type { ActedRecord } from './acted-record';
import { RecordActionPanelComponent } from './record-action-panel.component';
import { RecordPartDirective } from './record-part.directive';

/** What the frame needs of a record's view: its number (for the 终止 dialog) and its termination. */
export interface RecordPageView {
  readonly row: { readonly number: string };
  readonly termination: Termination | null;
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
    NzCardModule,
    NzSkeletonModule,
    ButtonComponent,
    ErrorAlertComponent,
    TerminateButtonComponent,
    TerminationNoteComponent,
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
          <bst-button [button]="reloadButton()" (pressed)="reload()" />
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
  protected readonly reloadButton = computed(() => reloadButton(this.reloadTestId() ?? null));

  private readonly parts = contentChildren<RecordPartDirective<V>>(RecordPartDirective);
  protected readonly part = templatesByName(this.parts, (p) => p.bstRecordPart());

  /** 终止's answer is the record as it now stands. */
  protected readonly send = (reason: string) =>
    this.terminate()(reason).pipe(tap((view) => this.record().acted(view)));

  protected reload(): void {
    this.record().reload();
  }
}

/** What a record's page imports: the frame, its parts and the action panel. */
export const RECORD_PAGE = [RecordPageComponent, RecordPartDirective, RecordActionPanelComponent] as const;
