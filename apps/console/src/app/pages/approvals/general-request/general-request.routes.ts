import type { Routes } from '@angular/router';
import { GeneralRequestComponent } from './general-request.component';

export default [{ path: '', component: GeneralRequestComponent }] satisfies Routes;
