import { ButtonComponent } from '../actions/button.component';
import { ButtonRowComponent } from '../actions/button-row.component';
import { PAGE_IMPORTS } from '../imports/page-imports';
import { ListCellDirective } from '../lists/list-column';
import { RecordSectionComponent } from '../records/record-section.component';
import { ActDialogComponent } from './act-dialog.component';

/**
 * What the page of a record with acts on it imports (an organisation, a person): the page's
 * bundle, the record's sections and their cells, the buttons that open the acts, and the act's
 * dialog.
 */
export const RECORD_ACTS_IMPORTS = [
  ...PAGE_IMPORTS,
  ListCellDirective,
  RecordSectionComponent,
  ButtonComponent,
  ButtonRowComponent,
  ActDialogComponent,
] as const;
