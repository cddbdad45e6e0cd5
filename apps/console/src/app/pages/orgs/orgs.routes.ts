import type { Routes } from '@angular/router';
import { OrgsPageComponent } from './orgs-page.component';

export default [{ path: '', component: OrgsPageComponent }] satisfies Routes;
