import type { Routes } from '@angular/router';
import { TemplateEditorComponent } from './template-editor.component';
import { TemplateListComponent } from './template-list.component';

export default [
  { path: '', component: TemplateListComponent },
  { path: 'new', component: TemplateEditorComponent, data: { breadcrumb: 'breadcrumb.newTemplate' } },
  { path: ':id', component: TemplateEditorComponent, data: { breadcrumb: 'breadcrumb.editTemplate' } },
] satisfies Routes;
