import { DatePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { FilterFieldsComponent } from '../filters/filter-fields.component';
import { FilterSlotDirective } from '../filters/filter-slot.directive';
import { CreateButtonComponent } from '../lists/create-button.component';
import { ListCellDirective } from '../lists/list-column';
import { ListPageComponent } from '../lists/list-page.component';
import { ListTabsComponent } from '../lists/list-tabs.component';
import { KIT_IMPORTS } from './kit-imports';

/**
 * What a paged list page uses besides the kit: the list page frame with its cells by column
 * (`bst-list-page`, `bstCell`), tabs, the filters declared as data with slots for a page's own
 * filter (`bst-filter-fields`, `bstFilterSlot`), the create button, dates and links to records.
 */
export const LIST_PAGE_IMPORTS = [
  ...KIT_IMPORTS,
  DatePipe,
  RouterLink,
  ListPageComponent,
  ListCellDirective,
  ListTabsComponent,
  FilterFieldsComponent,
  FilterSlotDirective,
  CreateButtonComponent,
] as const;
