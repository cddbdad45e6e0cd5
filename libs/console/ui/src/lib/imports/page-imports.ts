import { DatePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { ErrorAlertComponent } from '../forms/error-alert.component';
import { LoadStateComponent } from '../load/load-state.component';
import { KIT_IMPORTS } from './kit-imports';

/**
 * What a page or a card of a page shows besides the kit: cards, a record's facts in
 * descriptions on a grid, skeletons and empty states while and when there is nothing, alerts,
 * a failed load explained (`bst-error-alert`, `bst-load-state`), dates and links.
 */
export const PAGE_IMPORTS = [
  ...KIT_IMPORTS,
  DatePipe,
  RouterLink,
  NzAlertModule,
  NzCardModule,
  NzDescriptionsModule,
  NzEmptyModule,
  NzGridModule,
  NzSkeletonModule,
  ErrorAlertComponent,
  LoadStateComponent,
] as const;
