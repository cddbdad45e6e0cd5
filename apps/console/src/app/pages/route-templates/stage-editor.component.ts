import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { FormArray } from '@angular/forms';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import {
  ButtonComponent,
  type ButtonSpec,
  FORM_IMPORTS,
  RowMovesComponent,
  StepNumberComponent,
  TranslateService,
} from '@bastion/console-ui';
import { InlineControlsComponent } from './inline-controls.component';
import { RuleEditorComponent } from './rule-editor.component';
import { expiryLine, LIMIT, REMIND_BEFORE, SHARE } from './stage-lines';
import { emptyRule } from './template-form';
import { ruleGroup, rows, type StageGroup } from './template-form-groups';

/**
 * One stage of a route: its name, who signs and how their decisions count, the time allowed
 * and what happens when it runs out, what a decision must carry, and who is copied. It moves
 * itself up or down the route's list, or out of it while others are left.
 */
@Component({
  selector: 'bst-stage-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...FORM_IMPORTS,
    NzCardModule,
    NzCheckboxModule,
    NzRadioModule,
    ButtonComponent,
    InlineControlsComponent,
    RuleEditorComponent,
    RowMovesComponent,
    StepNumberComponent,
  ],
  templateUrl: './stage-editor.component.html',
  styleUrl: './stage-editor.component.css',
})
export class StageEditorComponent {
  readonly stages = input.required<FormArray<StageGroup>>();
  readonly index = input.required<number>();
  /** How many stages the route has now (the list changes in place). */
  readonly count = input.required<number>();
  /** Whether the route's settings let a stage decide by itself on expiry. */
  readonly allowAutoDecision = input(false);

  protected readonly group = computed(() => this.stages().at(this.index()));
  protected readonly removeCcButton: ButtonSpec = {
    key: 'removeCc',
    label: 'editor.removeCc',
    icon: 'delete',
    iconOnly: true,
    type: 'text',
    danger: true,
  };
  protected readonly addCcButton: ButtonSpec = {
    key: 'addCc',
    label: 'editor.addCc',
    icon: 'plus',
    type: 'dashed',
  };
  protected readonly share = SHARE;
  protected readonly limit = LIMIT;
  protected readonly remindBefore = REMIND_BEFORE;
  protected readonly expiry = computed(() => expiryLine(this.allowAutoDecision()));

  private readonly i18n = inject(TranslateService);
  protected readonly moveTexts = computed(() => ({
    up: this.i18n.t('editor.moveUp'),
    down: this.i18n.t('editor.moveDown'),
    remove: this.i18n.t('editor.removeStage'),
  }));

  protected move(by: -1 | 1): void {
    rows.move(this.stages(), this.index(), by);
  }

  protected remove(): void {
    rows.remove(this.stages(), this.index(), 1);
  }

  protected addCc(): void {
    rows.add(this.group().controls.cc, ruleGroup(emptyRule()));
  }

  protected removeCc(index: number): void {
    rows.remove(this.group().controls.cc, index);
  }
}
