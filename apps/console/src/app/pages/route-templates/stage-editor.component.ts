import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import {
  FieldErrorPipe,
  FormFieldComponent,
  RowMovesComponent,
  TranslatePipe,
  TranslateService,
} from '@bastion/console-ui';
import { RuleEditorComponent } from './rule-editor.component';
import { emptyRule } from './template-form';
import { ruleGroup, type StageGroup } from './template-form-groups';

/**
 * One stage of a route: its name, who signs and how their decisions count, the time allowed
 * and what happens when it runs out, what a decision must carry, and who is copied.
 */
@Component({
  selector: 'bst-stage-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzRadioModule,
    NzSelectModule,
    NzSwitchModule,
    FieldErrorPipe,
    RuleEditorComponent,
    FormFieldComponent,
    RowMovesComponent,
    TranslatePipe,
  ],
  templateUrl: './stage-editor.component.html',
  styleUrl: './stage-editor.component.css',
})
export class StageEditorComponent {
  readonly group = input.required<StageGroup>();
  readonly index = input.required<number>();
  readonly count = input.required<number>();
  /** Whether the route's settings let a stage decide by itself on expiry. */
  readonly allowAutoDecision = input(false);
  readonly moveUp = output();
  readonly moveDown = output();
  readonly remove = output();

  private readonly i18n = inject(TranslateService);
  protected readonly moveTexts = computed(() => ({
    up: this.i18n.t('editor.moveUp'),
    down: this.i18n.t('editor.moveDown'),
    remove: this.i18n.t('editor.removeStage'),
  }));

  protected addCc(): void {
    this.group().controls.cc.push(ruleGroup(emptyRule()));
    this.group().markAsDirty();
  }

  protected removeCc(index: number): void {
    this.group().controls.cc.removeAt(index);
    this.group().markAsDirty();
  }
}
