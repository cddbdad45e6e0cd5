import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, type OnInit } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type OrgRef, roles } from '@bastion/identity-contracts';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { catchError, EMPTY, filter, switchMap } from 'rxjs';
import {
  FORM_IMPORTS,
  IdentityApi,
  OrgPickerComponent,
  PersonPickerComponent,
  TranslateService,
} from '@bastion/console-ui';
import type { RuleGroup } from './template-form-groups';

/**
 * Who a stage asks (or copies): named people, or a role held at an organisation found from the
 * request's — its own or N levels up, its approving committee, or one fixed node.
 */
@Component({
  selector: 'bst-rule-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...FORM_IMPORTS, NzInputNumberModule, NzRadioModule, OrgPickerComponent, PersonPickerComponent],
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
        <nz-form-control [nzErrorTip]="group().controls.role.errors | fieldError">
          <nz-select
            formControlName="role"
            [nzPlaceHolder]="'rule.role' | t"
            class="role"
            [attr.data-testid]="testId() + '-role'"
          >
            @for (role of roles; track role) {
              <nz-option [nzValue]="role" [nzLabel]="i18n.role(role)" />
            }
          </nz-select>
        </nz-form-control>
        <span class="at">{{ 'rule.at' | t }}</span>
        <nz-form-control [nzErrorTip]="group().controls.anchor.errors | fieldError">
          <nz-select formControlName="anchor" class="anchor" [attr.data-testid]="testId() + '-anchor'">
            <nz-option nzValue="subject_org" [nzLabel]="'anchor.subjectOrgUp' | t" />
            <nz-option nzValue="approving_committee" [nzLabel]="'anchor.approvingCommittee' | t" />
            <nz-option nzValue="org" [nzLabel]="'anchor.fixedOrg' | t" />
          </nz-select>
        </nz-form-control>
        @if (group().controls.anchor.value === 'subject_org') {
          <nz-form-control [nzErrorTip]="group().controls.levelsUp.errors | fieldError">
            <nz-input-number
              formControlName="levelsUp"
              [nzMin]="0"
              [nzMax]="6"
              [nzPrecision]="0"
              [attr.aria-label]="'rule.levelsUp' | t"
            />
          </nz-form-control>
          <span class="bst-muted">{{ 'rule.levelsUpHint' | t }}</span>
        } @else if (group().controls.anchor.value === 'org') {
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
    .role {
      width: 170px;
    }
    .anchor {
      width: 230px;
    }
    .at {
      line-height: 32px;
    }
    .bst-muted {
      line-height: 32px;
      font-size: 12px;
    }
  `,
})
export class RuleEditorComponent implements OnInit {
  private readonly identity = inject(IdentityApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly i18n = inject(TranslateService);
  protected readonly roles = roles;

  readonly group = input.required<RuleGroup>();
  readonly testId = input('rule');

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
