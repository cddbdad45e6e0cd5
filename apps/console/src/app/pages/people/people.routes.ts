import type { Routes } from '@angular/router';
import { PeopleListComponent } from './people-list.component';
import { PersonDetailComponent } from './person-detail.component';

export default [
  { path: '', component: PeopleListComponent },
  { path: ':id', component: PersonDetailComponent, data: { breadcrumb: 'breadcrumb.personDetail' } },
] satisfies Routes;
