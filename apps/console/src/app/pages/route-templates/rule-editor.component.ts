import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  type OnInit,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type OrgRef, roles } from '@bastion/identity-contracts';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { catchError, EMPTY, filter, switchMap } from 'rxjs';
import {
  FORM_IMPORTS,
  IdentityApi,
  OrgPickerComponent,
  PersonPickerComponent,
  TranslateService,
} from '@bastion/console-ui';
import { type InlineControl, inlineChoice, InlineControlsComponent } from './inline-controls.component';
import type { RuleGroup } from './template-form-groups';

const ANCHORS = {
  subject_org: 'anchor.subjectOrgUp',
  approving_committee: 'anchor.approvingCommittee',
  org: 'anchor.fixedOrg',
} as const;
const countsUp = (v: Readonly<Record<string, unknown>>) => v['anchor'] === 'subject_org';

/**
 * Who a stage asks (or copies): named people, or a role held at an organisation found from the
 * request's — its own or N levels up, its approving committee, or one fixed node.
 */
@Component({
  selector: 'bst-rule-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ...FORM_IMPORTS,
    InlineControlsComponent,
    NzRadioModule,
    OrgPickerComponent,
    PersonPickerComponent,
  ],
  template: `
    <!-- eslint-disable @angular-eslint/template/label-has-associated-control -- ng-zorro's radios and checkboxes render their input inside the label. -->
    <div [formGroup]="group()" class="rule">
      <nz-radio-group formControlName="kind" class="kind">
        <label nz-radio-button nzValue="role" data-testid="rule-kind-role">{{ 'rule.byRole' | t }}</label>
        <label nz-radio-button nzValue="people" data-testid="rule-kind-people">{{
          'rule.byPeople' | t
        }}</label>
      </nz-radio-group>
      @if (group().controls.kind.value === 'people') {
        <nz-form-control [nzErrorTip]="group().controls.people.errors | fieldError" class="wide">
          <bst-person-picker
            formControlName="people"
            [placeholder]="'rule.people' | t"
            [testId]="testId() + '-people'"
          />
        </nz-form-control>
      } @else {
        <bst-inline-controls [group]="group()" [controls]="placed()" />
        @if (group().controls.anchor.value === 'org') {
          <nz-form-control [nzErrorTip]="group().controls.orgId.errors | fieldError" class="wide">
            <bst-org-picker formControlName="orgId" [current]="currentOrg()" [placeholder]="'rule.org' | t" />
          </nz-form-control>
        }
      }
    </div>
  `,
  styles: `
    .rule {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 8px;
    }
    :host .rule > nz-form-control {
      flex: 0 0 auto;
      width: auto;
      max-width: none;
    }
    :host .rule > nz-form-control.wide {
      flex: 1 1 260px;
    }
  `,
})
export class RuleEditorComponent implements OnInit {
  private readonly identity = inject(IdentityApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly i18n = inject(TranslateService);

  readonly group = input.required<RuleGroup>();
  readonly testId = input('rule');

  /** A role held at an organisation: the request's own or so many levels up, its approving committee, or a fixed one. */
  protected readonly placed = computed((): InlineControl[] => {
    const testId = this.testId();
    return [
      {
        key: 'role',
        kind: 'select',
        label: 'rule.role',
        placeholder: 'rule.role',
        width: '170px',
        testId: `${testId}-role`,
        options: roles.map((role) => ({ value: role, text: this.i18n.role(role) })),
      },
      { key: 'at', kind: 'words', label: 'rule.at' },
      inlineChoice('anchor', 'rule.at', '230px', ANCHORS, { testId: `${testId}-anchor` }),
      { key: 'levelsUp', kind: 'number', label: 'rule.levelsUp', min: 0, max: 6, when: countsUp },
      { key: 'levelsUpHint', kind: 'hint', label: 'rule.levelsUpHint', when: countsUp },
    ];
  });

  ngOnInit(): void {
    // A fixed organisation is stored with its name, so the route reads well without a lookup.
    const { orgId, orgName } = this.group().controls;
    orgId.valueChanges
      .pipe(
        filter((id): id is string => !!id),
        switchMap((id) => this.identity.org(id).pipe(catchError(() => EMPTY))),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((org) => orgName.setValue(org.name));
  }

  protected currentOrg(): OrgRef | null {
    const { orgId, orgName } = this.group().getRawValue();
    return orgId && orgName ? { id: orgId, name: orgName, kind: 'committee' } : null;
  }
}
