import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { LabelPipe } from '../i18n/label.pipe';
import { TranslatePipe } from '../i18n/translate.pipe';

/**
 * What nearly every template in the console uses: the `t` and `label` pipes, buttons, icons and
 * tags. A component lists `...KIT_IMPORTS` and then only what is its own. It holds no kit
 * widget, so the kit's own widgets may use it too; the shell uses it, so it stays this small.
 * The bundles built on it: PAGE_IMPORTS, FORM_IMPORTS, LIST_PAGE_IMPORTS, DIALOG_FORM_IMPORTS.
 */
export const KIT_IMPORTS = [TranslatePipe, LabelPipe, NzButtonModule, NzIconModule, NzTagModule] as const;
