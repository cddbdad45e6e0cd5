import type { Routes } from '@angular/router';
import { PasswordPageComponent } from './password-page.component';
import { ProfileComponent } from './profile.component';

export default [
  { path: '', component: ProfileComponent },
  { path: 'password', component: PasswordPageComponent, data: { breadcrumb: 'breadcrumb.password' } },
] satisfies Routes;
