import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { clock } from '@bastion/calendar';
import {
  type Office,
  type Sanction,
  underProbationOn,
  type VoterExclusion,
} from '@bastion/identity-contracts';
import { catchError, map, of, switchMap } from 'rxjs';
import {
  type ActOn,
  type ButtonSpec,
  canAt,
  IdentityApi,
  keptLoad,
  type MessageKey,
  pageContext,
  RECORD_ACTS_IMPORTS,
  type RecordColumn,
  type RecordItem,
  valueOf,
} from '@bastion/console-ui';
import { genderLabel, sanctionKindLabel, statusColour, statusLabel } from './people-labels';
import { type ActTarget, PERSON_ACTS, type PersonActName } from './person-acts';

/** A table section of the person's record, with the act it offers to whoever may take it. */
interface TableSection {
  key: string;
  title: MessageKey;
  columns: readonly RecordColumn<unknown>[];
  rows: readonly unknown[];
  empty: MessageKey;
  act: { name: PersonActName; label: MessageKey; testId: string } | null;
  testId?: string;
  rowTestId?(row: unknown): string;
  scrollX?: string;
}

/** An act on the person under way, with the row it started from. */
interface Acting {
  name: PersonActName;
  office?: Office;
  sanction?: Sanction;
}

/**
 * One person: details with a masked ID number and phone, membership, offices, voter exclusions
 * and the party discipline on record.
 */
@Component({
  selector: 'bst-person-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...RECORD_ACTS_IMPORTS],
  templateUrl: './person-detail.component.html',
  styleUrl: './person-detail.component.css',
})
export class PersonDetailComponent {
  private readonly api = inject(IdentityApi);
  protected readonly page = pageContext();
  protected readonly statusLabel = statusLabel;
  protected readonly statusColour = statusColour;
  protected readonly genderLabel = genderLabel;

  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly reloads = signal(0);
  /** Reloading after a change keeps the page on screen until the new copy arrives. */
  protected readonly person = keptLoad(
    () => ({ id: this.id(), reload: this.reloads() }),
    ({ id }) => id,
    ({ id }) => this.api.person(id),
  );

  /**
   * The path of the person's organisation, to tell whether the user may manage them: a grant
   * reaches a subtree, and the person record names only the organisation itself.
   */
  private readonly orgPath = toSignal(
    toObservable(computed(() => valueOf(this.person())?.org.id)).pipe(
      switchMap((orgId) =>
        orgId
          ? this.api.org(orgId).pipe(
              map((org) => org.path.map((ref) => ref.id)),
              catchError(() => of([orgId])),
            )
          : of([]),
      ),
    ),
    { initialValue: [] as string[] },
  );
  protected readonly canManage = computed(() => canAt(this.page.me(), 'person.manage', this.orgPath()));
  protected readonly isAdmin = computed(() => !!this.page.me()?.isAdmin);
  /** Party discipline is recorded by the committee's organisation department or discipline commission. */
  protected readonly canDiscipline = computed(() =>
    canAt(this.page.me(), 'person.discipline', this.orgPath()),
  );
  protected readonly sanctionKindLabel = sanctionKindLabel;

  private readonly yesNo = (yes: boolean): string => this.page.i18n.t(yes ? 'common.yes' : 'common.no');
  protected readonly basicItems = computed((): RecordItem[] => {
    const person = valueOf(this.person());
    if (!person) return [];
    return [
      { key: 'gender', title: 'person.gender', text: this.page.i18n.t(genderLabel(person.gender)) },
      { key: 'birthDate', title: 'person.birthDate', text: person.birthDate ?? '—' },
      { key: 'idNumber', title: 'person.idNumber' },
      { key: 'phone', title: 'person.phone' },
      { key: 'workUnit', title: 'person.workUnit', text: person.workUnit ?? '—' },
      { key: 'org', title: 'person.org' },
      { key: 'hasLogin', title: 'person.hasLogin', text: this.yesNo(person.hasLogin) },
    ];
  });
  protected readonly membershipItems = computed((): RecordItem[] => {
    const membership = valueOf(this.person())?.membership;
    if (!membership) return [];
    return [
      {
        key: 'status',
        title: 'person.membership.status',
        text: this.page.i18n.t(statusLabel(membership.status)),
      },
      { key: 'admissionDate', title: 'person.membership.admissionDate', text: membership.admissionDate },
      { key: 'standingDate', title: 'person.membership.standingDate', text: membership.standingDate ?? '—' },
      { key: 'votingRights', title: 'person.membership.votingRights' },
    ];
  });
  /** Who may manage the person ends an office from its row. */
  protected readonly officeColumns = computed((): RecordColumn<Office>[] => [
    { key: 'role', title: 'person.office.role', text: (office) => this.page.i18n.role(office.role) },
    { key: 'org', title: 'person.office.org', text: (office) => office.org.name },
    { key: 'from', title: 'person.office.from', text: (office) => office.fromDate },
    {
      key: 'to',
      title: 'person.office.to',
      text: (office) => office.toDate ?? this.page.i18n.t('person.office.current'),
    },
    ...(this.canManage() ? [{ key: 'end', title: 'common.actions', width: '100px' } as const] : []),
  ]);
  protected readonly exclusionColumns: RecordColumn<VoterExclusion>[] = [
    { key: 'reason', title: 'person.exclusion.reason', text: (exclusion) => exclusion.reason },
    { key: 'from', title: 'person.exclusion.from', text: (exclusion) => exclusion.fromDate },
    { key: 'to', title: 'person.exclusion.to', text: (exclusion) => exclusion.toDate ?? '—' },
    { key: 'approvedBy', title: 'person.exclusion.approvedBy', text: (exclusion) => exclusion.approvedBy },
  ];
  /** Who records party discipline restores a member's rights from the sanction's row. */
  protected readonly sanctionColumns = computed((): RecordColumn<Sanction>[] => [
    { key: 'kind', title: 'discipline.kind', width: '130px' },
    { key: 'decidedOn', title: 'discipline.decidedOn', text: (sanction) => sanction.decidedOn },
    { key: 'effectiveFrom', title: 'discipline.effectiveFrom', text: (sanction) => sanction.effectiveFrom },
    { key: 'term', title: 'discipline.term' },
    { key: 'decidingBody', title: 'discipline.decidingBody', text: (sanction) => sanction.decidingBody },
    { key: 'reason', title: 'discipline.reason', text: (sanction) => sanction.reason },
    { key: 'files', title: 'discipline.files' },
    ...(this.canDiscipline() ? [{ key: 'restore', title: 'common.actions', width: '120px' } as const] : []),
  ]);
  protected readonly noTestId = (): null => null;
  protected readonly endOfficeButton: ButtonSpec = {
    key: 'endOffice',
    label: 'person.office.end',
    type: 'link',
    danger: true,
  };
  protected readonly restoreButton: ButtonSpec = {
    key: 'restoreRights',
    label: 'discipline.restore',
    type: 'link',
    testId: 'sanction-restore',
  };
  protected readonly tables = computed((): TableSection[] => {
    const person = valueOf(this.person());
    if (!person) return [];
    const manage = this.canManage();
    return [
      {
        key: 'offices',
        title: 'person.offices',
        columns: this.officeColumns(),
        rows: person.offices,
        empty: 'person.offices.none',
        act: manage ? { name: 'office', label: 'person.office.add', testId: 'office-add' } : null,
      },
      {
        key: 'exclusions',
        title: 'person.exclusions',
        columns: this.exclusionColumns,
        rows: person.exclusions,
        empty: 'person.exclusions.none',
        act: manage ? { name: 'exclusion', label: 'person.exclusion.add', testId: 'exclusion-add' } : null,
      },
      {
        key: 'sanctions',
        title: 'discipline.title',
        columns: this.sanctionColumns(),
        rows: person.sanctions,
        empty: 'discipline.none',
        // Discipline is recorded on members only.
        act:
          this.canDiscipline() && person.membership
            ? { name: 'sanction', label: 'discipline.add', testId: 'sanction-add' }
            : null,
        testId: 'sanctions',
        rowTestId: (sanction: Sanction) => `sanction-${sanction.kind}`,
        scrollX: '760px',
      },
    ];
  });
  /** The sanctions that take a member's rights or membership stand out. */
  protected sanctionColour(sanction: Sanction): string {
    return sanction.kind === 'expulsion' || sanction.kind === 'probation' ? 'red' : 'orange';
  }

  /** Under 留党察看 today, rights not restored: the member has no vote, whatever the record's flag says. */
  protected suspendedNow(sanctions: readonly Sanction[]): boolean {
    return underProbationOn(sanctions, clock.today());
  }

  /** What the sanctions on record take away, in the rule book's words. */
  protected sanctionEffects(sanctions: readonly Sanction[]): MessageKey[] {
    const effects: MessageKey[] = [];
    if (sanctions.some((s) => s.kind === 'probation' && !s.rightsRestoredOn))
      effects.push('discipline.effect.noVote');
    if (sanctions.some((s) => s.kind === 'correction_order')) effects.push('discipline.effect.correction');
    if (sanctions.some((s) => s.kind === 'expulsion')) effects.push('discipline.effect.expelled');
    return effects;
  }

  /** The acts the page's heading offers: reading the full ID number (an administrator), editing. */
  protected readonly buttons = computed((): ButtonSpec[] => {
    const person = valueOf(this.person());
    return [
      ...(this.isAdmin() && person?.idNumberMasked
        ? [{ key: 'reveal', label: 'person.reveal', icon: 'eye', testId: 'person-reveal' } as const]
        : []),
      ...(this.canManage()
        ? [
            {
              key: 'edit',
              label: 'common.edit',
              icon: 'edit',
              type: 'primary',
              testId: 'person-edit',
            } as const,
          ]
        : []),
    ];
  });

  protected readonly acting = signal<Acting | null>(null);
  /** The act under way, done to the person as now loaded and the row it started from. */
  /** Whoever may read the person may read the full phone number, stating why. */
  protected readonly revealPhone: ButtonSpec = {
    key: 'revealPhone',
    label: 'person.revealPhone',
    icon: 'eye',
    type: 'link',
    testId: 'person-reveal-phone',
  };
  protected readonly dialog = computed((): ActOn<ActTarget> | null => {
    const person = valueOf(this.person());
    const acting = this.acting();
    if (!person || !acting) return null;
    const target: ActTarget = {
      api: this.api,
      person,
      office: acting.office ?? null,
      sanction: acting.sanction ?? null,
    };
    return { act: PERSON_ACTS[acting.name], target };
  });

  protected act(name: string | null, row: Omit<Acting, 'name'> = {}): void {
    this.acting.set(name ? { name: name as PersonActName, ...row } : null);
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected done(): void {
    this.acting.set(null);
    this.reload();
  }
}
