import { ChangeDetectionStrategy, Component, computed, input, model } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { PersonRef } from '@bastion/approvals-contracts';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { PersonPickerComponent } from '../../../shared/person-picker.component';
import type { NomineeDraft } from './step-draft';

/**
 * Full members named for a step (mentors, sponsors, a replacement), picked from the directory's
 * full members. With `declarations`, each person gets the two disciplinary facts the identity
 * service does not hold, declared by the officer (第十四条): under 留党察看 with rights not yet
 * restored, or under a time-limited order to correct.
 */
@Component({
  selector: 'bst-nominee-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, NzCheckboxModule, PersonPickerComponent, TranslatePipe],
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
    @if (declarations()) {
      @for (n of nominees(); track n.person.personId; let i = $index) {
        <div class="declaration" [attr.data-testid]="testId() + '-declaration-' + i">
          <strong>{{ n.person.name }}</strong>
          <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- ng-zorro's checkbox renders its input inside the label. -->
          <label
            nz-checkbox
            [ngModel]="n.underDisciplinaryProbation"
            (ngModelChange)="declare(i, 'underDisciplinaryProbation', $event)"
            [attr.data-testid]="testId() + '-probation-' + i"
            >{{ 'dev.field.underDisciplinaryProbation' | t }}</label
          >
          <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -- as above. -->
          <label
            nz-checkbox
            [ngModel]="n.underCorrectionOrder"
            (ngModelChange)="declare(i, 'underCorrectionOrder', $event)"
            [attr.data-testid]="testId() + '-correction-' + i"
            >{{ 'dev.field.underCorrectionOrder' | t }}</label
          >
        </div>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .declaration {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      margin-top: 6px;
    }
  `,
})
export class NomineeEditorComponent {
  readonly nominees = model<NomineeDraft[]>([]);
  readonly max = input(2);
  readonly declarations = input(true);
  readonly suggestions = input<readonly PersonRef[]>([]);
  readonly exclude = input<readonly string[]>([]);
  readonly testId = input('nominees');

  protected readonly people = computed(() => this.nominees().map((n) => n.person));

  /** A person kept keeps what was declared for them; a new one starts with nothing declared. */
  protected pick(people: PersonRef[]): void {
    const before = new Map(this.nominees().map((n) => [n.person.personId, n]));
    this.nominees.set(
      people.map(
        (person) =>
          before.get(person.personId) ?? {
            person,
            underDisciplinaryProbation: false,
            underCorrectionOrder: false,
          },
      ),
    );
  }

  protected declare(
    index: number,
    field: 'underDisciplinaryProbation' | 'underCorrectionOrder',
    value: boolean,
  ): void {
    this.nominees.update((list) => list.map((n, i) => (i === index ? { ...n, [field]: value } : n)));
  }
}
