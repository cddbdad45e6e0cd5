import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { PersonRef } from '@bastion/approvals-contracts';
import { PersonPickerComponent, TranslatePipe } from '@bastion/console-ui';
import type { NomineeDraft } from './step-draft';

/**
 * Full members named for a step (mentors, sponsors, a replacement), picked from the directory's
 * full members. Whether each may serve — a full member, not expelled, a sponsor not under 留党察看
 * with rights unrestored nor under an order to correct (第十四条) — is checked by the service
 * against the identity service's record on the step's date, never declared on the form.
 */
@Component({
  selector: 'bst-nominee-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, PersonPickerComponent, TranslatePipe],
  template: `
    <bst-person-picker
      membership="full"
      [max]="max()"
      [suggestions]="suggestions()"
      [exclude]="exclude()"
      [placeholder]="'dev.field.fullMembers' | t"
      [ngModel]="people()"
      (ngModelChange)="pick($event)"
      [testId]="testId()"
    />
    <div class="hint" [attr.data-testid]="testId() + '-hint'">{{ 'dev.hint.disciplineOnRecord' | t }}</div>
  `,
  styles: `
    :host {
      display: block;
    }
    .hint {
      margin-top: 4px;
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
  `,
})
export class NomineeEditorComponent {
  readonly nominees = model<NomineeDraft[]>([]);
  readonly max = input(2);
  readonly suggestions = input<readonly PersonRef[]>([]);
  readonly exclude = input<readonly string[]>([]);
  readonly testId = input('nominees');

  protected readonly people = computed(() => this.nominees().map((n) => n.person));

  protected pick(people: PersonRef[]): void {
    this.nominees.set(people.map((person) => ({ person })));
  }
}
