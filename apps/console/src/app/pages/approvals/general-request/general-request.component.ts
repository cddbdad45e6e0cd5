import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import type { RouteTemplate } from '@bastion/approvals-contracts';
import { MAX_PAGE_SIZE } from '@bastion/shared-contracts';
import { NzCardModule } from 'ng-zorro-antd/card';
import { map } from 'rxjs';
import {
  ApprovalsApi,
  type FieldLayout,
  FORM_IMPORTS,
  FormEndComponent,
  FormSubmission,
  type Load,
  LOADING,
  newIdempotencyKey,
  notices,
  SessionService,
  type StoredFile,
  toLoad,
} from '@bastion/console-ui';
import { RoutePreviewComponent } from '../route-preview.component';

const isMembership = (role: string) => role === 'full_member' || role === 'probationary_member';

/**
 * 发起请示: a free-form request (title, text, files) sent along a route template the user
 * chooses; the page shows the template's stages before anything is sent, and opens the new
 * request once the service has started it.
 */
@Component({
  selector: 'bst-general-request',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [...FORM_IMPORTS, NzCardModule, FormEndComponent, RoutePreviewComponent],
  templateUrl: './general-request.component.html',
  styles: '.route-hint { margin-bottom: 8px; }',
})
export class GeneralRequestComponent {
  private readonly api = inject(ApprovalsApi);
  private readonly router = inject(Router);
  private readonly notice = notices();
  private readonly me = inject(SessionService).me;
  /** One key for this page's submission, so a retried click does not submit twice. */
  private readonly idempotencyKey = newIdempotencyKey();

  /**
   * The organisations a request may be about: those where the user holds an office or their
   * membership; their own branch (where they are a member) comes first and is the default.
   */
  protected readonly orgs = computed(() => {
    const roles = [...(this.me()?.roles ?? [])].sort(
      (a, b) => Number(isMembership(b.role)) - Number(isMembership(a.role)),
    );
    return [...new Map(roles.map((r) => [r.org.id, r.org])).values()];
  });

  protected readonly templates = toSignal(
    this.api.templates({ limit: MAX_PAGE_SIZE }).pipe(
      map((page) => page.items.filter((t) => !t.archived)),
      toLoad(),
    ),
    { initialValue: LOADING as Load<RouteTemplate[]> },
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    templateId: ['', Validators.required],
    title: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(200)]],
    body: ['', [Validators.required, Validators.maxLength(20_000)]],
    orgId: [this.defaultOrg()],
    attachmentIds: [[] as StoredFile[]],
  });
  /** The request's words, then the organisation it is made in (the user's own by default). */
  protected readonly fields = computed((): FieldLayout => [
    {
      key: 'title',
      label: 'newRequest.requestTitle',
      kind: 'text',
      id: 'title',
      testId: 'general-request-title',
    },
    {
      key: 'body',
      label: 'newRequest.body',
      kind: 'textarea',
      rows: 8,
      id: 'body',
      testId: 'general-request-body',
    },
    {
      key: 'orgId',
      label: 'newRequest.org',
      kind: 'select',
      required: false,
      placeholder: 'newRequest.orgDefault',
      testId: 'general-request-org',
      options: this.orgs().map((org) => ({ value: org.id, text: org.name })),
    },
    {
      key: 'attachmentIds',
      label: 'newRequest.attachments',
      kind: 'files',
      testId: 'general-request-attachments',
    },
  ]);
  private readonly templateId = toSignal(this.form.controls.templateId.valueChanges, { initialValue: '' });
  protected readonly template = computed(() => {
    const load = this.templates();
    return load.state === 'ready' ? (load.value.find((t) => t.id === this.templateId()) ?? null) : null;
  });

  protected readonly submission = new FormSubmission(this.form);

  private defaultOrg(): string | null {
    return this.orgs()[0]?.id ?? null;
  }

  protected submit(): Promise<boolean> {
    return this.submission.submit(
      () => {
        const v = this.form.getRawValue();
        const org = this.orgs().find((o) => o.id === v.orgId);
        return this.api.submitGeneralRequest({
          templateId: v.templateId,
          title: v.title.trim(),
          body: v.body.trim(),
          attachmentIds: v.attachmentIds.map((a) => a.id),
          ...(org ? { orgId: org.id } : {}),
          idempotencyKey: this.idempotencyKey,
        });
      },
      async (created) => {
        this.notice.done('newRequest.submitted', { number: created.number });
        await this.router.navigate(['/approvals', created.id]);
      },
    );
  }
}
