import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { FORM_IMPORTS, RowMovesComponent, TranslateService } from '@bastion/console-ui';
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
    ...FORM_IMPORTS,
    NzCardModule,
    NzCheckboxModule,
    NzInputNumberModule,
    NzRadioModule,
    NzSwitchModule,
    RuleEditorComponent,
    RowMovesComponent,
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
