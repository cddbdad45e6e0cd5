import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  type OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ApprovalsApi, TranslatePipe } from '@bastion/console-ui';

/**
 * A handwritten signature as an image. The file is fetched with the session (an `<img src>`
 * could not send it) and shown from a local object URL, released when the view goes.
 */
@Component({
  selector: 'bst-signature-image',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (url(); as url) {
      <img [src]="url" [alt]="'timeline.signatureOf' | t: { name: signer() }" data-testid="signature-image" />
    }
  `,
  styles: `
    img {
      display: block;
      height: 48px;
      margin-top: 6px;
      border: 1px solid #f0f0f0;
      border-radius: 4px;
      background: #fff;
    }
  `,
})
export class SignatureImageComponent implements OnInit {
  private readonly api = inject(ApprovalsApi);
  private readonly destroyRef = inject(DestroyRef);

  readonly attachmentId = input.required<string>();
  readonly signer = input('');
  protected readonly url = signal<string | null>(null);

  ngOnInit(): void {
    this.api
      .download(this.attachmentId())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (blob) => this.url.set(URL.createObjectURL(blob)),
        error: () => this.url.set(null),
      });
    this.destroyRef.onDestroy(() => {
      const url = this.url();
      if (url) URL.revokeObjectURL(url);
    });
  }
}
