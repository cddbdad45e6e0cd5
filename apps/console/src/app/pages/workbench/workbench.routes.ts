import type { Routes } from '@angular/router';
import { WorkbenchComponent } from './workbench.component';

export default [{ path: '', component: WorkbenchComponent }] satisfies Routes;
