import type { Routes } from '@angular/router';
import { RequestDetailComponent } from './detail/request-detail.component';
import { InboxComponent } from './inbox/inbox.component';

export default [
  { path: '', component: InboxComponent },
  { path: ':id', component: RequestDetailComponent, data: { breadcrumb: 'breadcrumb.request' } },
] satisfies Routes;
