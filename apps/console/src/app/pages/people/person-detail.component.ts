import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { type Office, type Sanction, underProbationOn } from '@bastion/identity-contracts';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { catchError, filter, map, of, switchMap, tap } from 'rxjs';
import {
  canAt,
  ErrorAlertComponent,
  IdentityApi,
  LOADING,
  type MessageKey,
  SessionService,
  toLoad,
  toLocalDate,
  TranslatePipe,
  TranslateService,
  valueOf,
} from '@bastion/console-ui';
import { EndOfficeComponent } from './end-office.component';
import { ExclusionFormComponent } from './exclusion-form.component';
import { MembershipFormComponent } from './membership-form.component';
import { OfficeFormComponent } from './office-form.component';
import { genderLabel, statusColour, statusLabel } from './people-labels';
import { PersonFormComponent } from './person-form.component';
import { RestoreRightsComponent } from './restore-rights.component';
import { RevealIdComponent } from './reveal-id.component';
import { SanctionFormComponent, sanctionKindLabel } from './sanction-form.component';

type Dialog = 'edit' | 'membership' | 'office' | 'exclusion' | 'sanction' | 'reveal' | 'revealPhone' | null;

/**
 * One person: details with a masked ID number and phone, membership, offices, voter exclusions
 * and the party discipline on record.
 */
@Component({
  selector: 'bst-person-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    NzButtonModule,
    NzCardModule,
    NzDescriptionsModule,
    NzEmptyModule,
    NzIconModule,
    NzSkeletonModule,
    NzTableModule,
    NzTagModule,
    EndOfficeComponent,
    ErrorAlertComponent,
    ExclusionFormComponent,
    MembershipFormComponent,
    OfficeFormComponent,
    PersonFormComponent,
    RestoreRightsComponent,
    RevealIdComponent,
    SanctionFormComponent,
    TranslatePipe,
  ],
  templateUrl: './person-detail.component.html',
  styleUrl: './person-detail.component.css',
})
export class PersonDetailComponent {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(TranslateService);
  protected readonly statusLabel = statusLabel;
  protected readonly statusColour = statusColour;
  protected readonly genderLabel = genderLabel;

  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly reloads = signal(0);
  private shownId: string | null = null;
  protected readonly person = toSignal(
    toObservable(computed(() => ({ id: this.id(), reload: this.reloads() }))).pipe(
      switchMap(({ id }) => {
        // Reloading after a change keeps the page on screen until the new copy arrives.
        const again = id === this.shownId;
        return this.api.person(id).pipe(
          toLoad(),
          filter((load) => !(again && load.state === 'loading')),
        );
      }),
      tap((load) => load.state === 'ready' && (this.shownId = load.value.id)),
    ),
    { initialValue: LOADING },
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
  protected readonly canManage = computed(() => canAt(this.session.me(), 'person.manage', this.orgPath()));
  protected readonly isAdmin = computed(() => !!this.session.me()?.isAdmin);
  /** Party discipline is recorded by the committee's organisation department or discipline commission. */
  protected readonly canDiscipline = computed(() =>
    canAt(this.session.me(), 'person.discipline', this.orgPath()),
  );
  protected readonly sanctionKindLabel = sanctionKindLabel;
  protected readonly restoring = signal<Sanction | null>(null);

  /** Under 留党察看 today, rights not restored: the member has no vote, whatever the record's flag says. */
  protected suspendedNow(sanctions: readonly Sanction[]): boolean {
    return underProbationOn(sanctions, toLocalDate(new Date())!);
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

  protected readonly dialog = signal<Dialog>(null);
  protected readonly ending = signal<Office | null>(null);

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected done(): void {
    this.dialog.set(null);
    this.ending.set(null);
    this.restoring.set(null);
    this.reload();
  }
}
