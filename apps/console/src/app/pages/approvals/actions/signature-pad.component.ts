import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  type ElementRef,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { ButtonRowComponent, type ButtonSpec, TranslatePipe } from '@bastion/console-ui';
import { drawStrokes, exportSignature, type Point, SignatureStrokes } from './signature';

/**
 * A handwritten-signature pad: draw with a mouse, pen or finger (pointer events, so all three
 * behave alike), undo, redo, clear. The parent exports the drawing as a PNG when it submits.
 */
@Component({
  selector: 'bst-signature-pad',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonRowComponent, TranslatePipe],
  template: `
    <div class="frame" [class.invalid]="invalid()">
      <canvas
        #canvas
        class="canvas"
        [attr.aria-label]="'signature.area' | t"
        role="img"
        (pointerdown)="down($event)"
        (pointermove)="move($event)"
        (pointerup)="up($event)"
        (pointercancel)="up($event)"
        data-testid="signature-canvas"
      ></canvas>
      @if (strokes.isEmpty()) {
        <span class="hint bst-muted">{{ 'signature.hint' | t }}</span>
      }
    </div>
    <bst-button-row class="tools" size="small" [buttons]="tools()" (pressed)="use($event)" />
  `,
  styles: `
    :host {
      display: block;
    }
    .frame {
      position: relative;
      max-width: 480px;
      height: 160px;
      border: 1px dashed #bfbfbf;
      border-radius: 6px;
      background: #fff;
    }
    .frame.invalid {
      border-color: #ff4d4f;
    }
    .canvas {
      display: block;
      width: 100%;
      height: 100%;
      touch-action: none;
      cursor: crosshair;
    }
    .hint {
      position: absolute;
      inset: 0;
      display: flex;
      align-items: center;
      justify-content: center;
      pointer-events: none;
    }
    .tools {
      margin-top: 8px;
    }
  `,
})
export class SignaturePadComponent {
  readonly invalid = input(false);

  readonly strokes = new SignatureStrokes();
  protected readonly tools = computed((): readonly ButtonSpec[] => [
    { key: 'undo', label: 'signature.undo', icon: 'undo', disabled: !this.strokes.canUndo() },
    { key: 'redo', label: 'signature.redo', icon: 'redo', disabled: !this.strokes.canRedo() },
    {
      key: 'clear',
      label: 'signature.clear',
      icon: 'clear',
      disabled: this.strokes.isEmpty(),
      testId: 'signature-clear',
    },
  ]);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private size = { width: 0, height: 0 };

  constructor() {
    afterNextRender(() => this.fit());
    // The pad follows its container's width; what was drawn is kept and redrawn.
    const resizing = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.fit());
    afterNextRender(() => resizing?.observe(this.canvas().nativeElement));
    inject(DestroyRef).onDestroy(() => resizing?.disconnect());
  }

  /** The drawing as a PNG, or null while the pad is empty. */
  toPng(): Promise<Blob | null> {
    return exportSignature(this.strokes.strokes(), this.size);
  }

  /** Starts over after the signature was used; unlike clear, this cannot be undone. */
  reset(): void {
    this.strokes.reset();
    this.redraw();
  }

  protected down(event: PointerEvent): void {
    if (event.button !== 0 && event.pointerType === 'mouse') return;
    event.preventDefault();
    this.canvas().nativeElement.setPointerCapture?.(event.pointerId);
    this.strokes.begin(this.at(event));
    this.redraw();
  }

  protected move(event: PointerEvent): void {
    // Fast pens report several positions per event; taking all keeps curves smooth.
    const events = event.getCoalescedEvents?.() ?? [event];
    let moved = false;
    for (const e of events.length ? events : [event]) moved = this.strokes.extend(this.at(e)) || moved;
    if (moved) this.redraw();
  }

  protected up(event: PointerEvent): void {
    this.canvas().nativeElement.releasePointerCapture?.(event.pointerId);
    this.strokes.end();
  }

  /** Undoes, redoes or clears the drawing, then draws what is left. */
  protected use(tool: string): void {
    if (tool === 'undo') this.strokes.undo();
    else if (tool === 'redo') this.strokes.redo();
    else this.strokes.clear();
    this.redraw();
  }

  private at(event: PointerEvent): Point {
    const box = this.canvas().nativeElement.getBoundingClientRect();
    return {
      x: Math.round((event.clientX - box.left) * 10) / 10,
      y: Math.round((event.clientY - box.top) * 10) / 10,
    };
  }

  /** Sizes the canvas's pixels to its box at the screen's density, then redraws. */
  private fit(): void {
    const canvas = this.canvas().nativeElement;
    const box = canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    this.size = { width: box.width, height: box.height };
    canvas.width = Math.round(box.width * ratio);
    canvas.height = Math.round(box.height * ratio);
    this.redraw();
  }

  private redraw(): void {
    const canvas = this.canvas().nativeElement;
    const pen = canvas.getContext('2d');
    if (!pen) return;
    pen.setTransform(1, 0, 0, 1, 0, 0);
    pen.clearRect(0, 0, canvas.width, canvas.height);
    drawStrokes(pen, this.strokes.strokes(), canvas.width / (this.size.width || 1));
  }
}
