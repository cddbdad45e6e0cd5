import type { Routes } from '@angular/router';
import { CalendarPageComponent } from './calendar-page.component';

export default [{ path: '', component: CalendarPageComponent }] satisfies Routes;
