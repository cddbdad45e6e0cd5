import { ReactiveFormsModule } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { ErrorAlertComponent } from '../forms/error-alert.component';
import { FieldErrorPipe } from '../forms/field-error.pipe';
import { FieldSlotDirective } from '../forms/field-slot.directive';
import { FormFieldComponent } from '../forms/form-field.component';
import { FormFieldsComponent } from '../forms/form-fields.component';
import { KIT_IMPORTS } from './kit-imports';

/**
 * What a reactive form uses besides the kit: the forms, ng-zorro's form layout, inputs and
 * selects, one field with its label and problems (`bst-field`, the `fieldError` pipe), fields
 * declared as data (`bst-form-fields`, with `bstFieldSlot` for a page's own widget) and why a
 * submission failed. A form in a dialog takes DIALOG_FORM_IMPORTS, which adds the dialog.
 */
export const FORM_IMPORTS = [
  ...KIT_IMPORTS,
  ReactiveFormsModule,
  NzFormModule,
  NzInputModule,
  NzSelectModule,
  FieldErrorPipe,
  FormFieldComponent,
  FormFieldsComponent,
  FieldSlotDirective,
  ErrorAlertComponent,
] as const;
