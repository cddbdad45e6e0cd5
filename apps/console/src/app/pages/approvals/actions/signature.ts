import { computed, signal, type WritableSignal } from '@angular/core';

export interface Point {
  x: number;
  y: number;
}
export type Stroke = readonly Point[];
/** Drawings kept for undo or redo, newest last. */
type Drawings = WritableSignal<readonly (readonly Stroke[])[]>;

/**
 * The strokes of a handwritten signature, in CSS pixels of the pad. Undo steps back one stroke
 * (or one clear), redo steps forward again until something new is drawn.
 */
export class SignatureStrokes {
  private readonly done = signal<readonly Stroke[]>([]);
  /** Earlier drawings, newest last: what undo goes back to. */
  private readonly past: Drawings = signal([]);
  /** Drawings undone, newest last: what redo brings back. */
  private readonly future: Drawings = signal([]);
  private current: Point[] | null = null;

  readonly strokes = this.done.asReadonly();
  readonly isEmpty = computed(() => this.done().length === 0);
  readonly canUndo = computed(() => this.past().length > 0);
  readonly canRedo = computed(() => this.future().length > 0);
  /** Bumped on every change, so a cached export of an older drawing is recognised as stale. */
  readonly version = signal(0);

  begin(point: Point): void {
    this.current = [point];
    this.commit([...this.done(), [point]]);
  }

  /** Adds a point to the stroke being drawn; false when no stroke is under way or it did not move. */
  extend(point: Point): boolean {
    if (!this.current) return false;
    const last = this.current.at(-1)!;
    if (last.x === point.x && last.y === point.y) return false;
    this.current.push(point);
    this.done.update((strokes) => [...strokes.slice(0, -1), [...this.current!]]);
    this.touch();
    return true;
  }

  end(): void {
    this.current = null;
  }

  undo(): void {
    this.travel(this.past, this.future);
  }

  redo(): void {
    this.travel(this.future, this.past);
  }

  clear(): void {
    if (!this.done().length) return;
    this.current = null;
    this.commit([]);
  }

  /** Forgets everything, undo history included. */
  reset(): void {
    this.current = null;
    this.done.set([]);
    this.past.set([]);
    this.future.set([]);
    this.touch();
  }

  private commit(next: readonly Stroke[]): void {
    this.past.update((past) => [...past, this.done()]);
    this.future.set([]);
    this.done.set(next);
    this.touch();
  }

  /**
   * One step through the history (undo: from the past into the future; redo: back again): the
   * newest drawing of `from` comes back, and the one on the pad goes onto `to`.
   */
  private travel(from: Drawings, to: Drawings): void {
    const drawings = from();
    if (!drawings.length) return;
    this.current = null;
    to.update((list) => [...list, this.done()]);
    this.done.set(drawings.at(-1)!);
    from.set(drawings.slice(0, -1));
    this.touch();
  }

  private touch(): void {
    this.version.update((v) => v + 1);
  }
}

/** The part of a 2D context the pad draws with (a real one in the browser, a recorder in tests). */
export type Pen = Pick<
  CanvasRenderingContext2D,
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'fill'
  | 'stroke'
  | 'fillRect'
  | 'clearRect'
  | 'setTransform'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
  | 'strokeStyle'
  | 'fillStyle'
>;

export const INK = '#1f1f1f';
export const LINE_WIDTH = 2.5;

/** Draws strokes given in CSS pixels onto a context whose pixels are `scale` times finer. */
export function drawStrokes(pen: Pen, strokes: readonly Stroke[], scale: number): void {
  pen.setTransform(scale, 0, 0, scale, 0, 0);
  pen.lineWidth = LINE_WIDTH;
  pen.lineCap = 'round';
  pen.lineJoin = 'round';
  pen.strokeStyle = INK;
  pen.fillStyle = INK;
  for (const stroke of strokes) {
    const [first, ...rest] = stroke;
    if (!first) continue;
    pen.beginPath();
    if (!rest.length) {
      // A tap leaves a dot.
      pen.arc(first.x, first.y, LINE_WIDTH / 2, 0, Math.PI * 2);
      pen.fill();
      continue;
    }
    pen.moveTo(first.x, first.y);
    for (const point of rest) pen.lineTo(point.x, point.y);
    pen.stroke();
  }
}

/** The pixel density of an exported signature: sharp on print and high-density screens. */
export const EXPORT_SCALE = 2;

export interface ExportCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): Pen | null;
  toBlob(callback: (blob: Blob | null) => void, type?: string): void;
}

/**
 * The signature as a PNG: the strokes in ink on white, at twice the pad's size, drawn afresh on
 * a canvas of its own (so the on-screen pad's state and scaling do not matter). Null when
 * nothing has been drawn or the browser cannot draw.
 */
export function exportSignature(
  strokes: readonly Stroke[],
  size: { width: number; height: number },
  makeCanvas: () => ExportCanvas = () => document.createElement('canvas') as unknown as ExportCanvas,
): Promise<Blob | null> {
  if (!strokes.some((s) => s.length > 0)) return Promise.resolve(null);
  const canvas = makeCanvas();
  canvas.width = Math.round(size.width * EXPORT_SCALE);
  canvas.height = Math.round(size.height * EXPORT_SCALE);
  const pen = canvas.getContext('2d');
  if (!pen) return Promise.resolve(null);
  pen.fillStyle = '#ffffff';
  pen.fillRect(0, 0, canvas.width, canvas.height);
  drawStrokes(pen, strokes, EXPORT_SCALE);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob), 'image/png'));
}
