import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzGridModule } from 'ng-zorro-antd/grid';
import type { ActedRecord } from '../record-actions/acted-record';
import {
  RecordActionPanelComponent,
  type RecordActions,
} from '../record-actions/record-action-panel.component';

/**
 * The body of a record's page below its facts, laid out the same for every record (a development
 * case, a rectification item): a wide column of what happened to it (what the page marks
 * `recordMain`), and beside it, or below it on a phone, the actions the caller may take now, then
 * the rest of what the page writes inside. An action's answer replaces the record on the page.
 */
@Component({
  selector: 'bst-record-columns',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzGridModule, RecordActionPanelComponent],
  template: `
    <div nz-row [nzGutter]="16">
      <div nz-col [nzXs]="24" [nzLg]="15">
        <ng-content select="[recordMain]" />
      </div>
      <div nz-col [nzXs]="24" [nzLg]="9">
        <bst-record-action-panel
          class="panel"
          [actions]="actions()"
          [view]="view()"
          (acted)="record().acted($event)"
        />
        <ng-content />
      </div>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .panel {
      margin-bottom: 16px;
    }
  `,
})
export class RecordColumnsComponent<T extends string, V> {
  /** The page's record, which takes the record an action answers with. */
  readonly record = input.required<ActedRecord<V>>();
  readonly view = input.required<V>();
  readonly actions = input.required<RecordActions<T, V>>();
}
