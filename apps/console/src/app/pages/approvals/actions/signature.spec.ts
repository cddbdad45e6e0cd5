import { EXPORT_SCALE, type ExportCanvas, exportSignature, type Pen, SignatureStrokes } from './signature';

/** A 2D context that records what is drawn, in device pixels after its transform. */
function recordingPen() {
  const calls: string[] = [];
  let scale = 1;
  const pen = {
    lineWidth: 1,
    lineCap: 'butt',
    lineJoin: 'miter',
    strokeStyle: '',
    fillStyle: '',
    setTransform: (a: number) => {
      scale = a;
      calls.push(`transform ${a}`);
    },
    beginPath: () => calls.push('begin'),
    moveTo: (x: number, y: number) => calls.push(`move ${x * scale},${y * scale}`),
    lineTo: (x: number, y: number) => calls.push(`line ${x * scale},${y * scale}`),
    arc: (x: number, y: number) => calls.push(`dot ${x * scale},${y * scale}`),
    fill: () => calls.push('fill'),
    stroke: () => calls.push('stroke'),
    fillRect: (x: number, y: number, w: number, h: number) =>
      calls.push(`rect ${x},${y},${w},${h} ${pen.fillStyle}`),
    clearRect: () => calls.push('clear'),
  };
  return { pen: pen as unknown as Pen, calls };
}

function fakeCanvas(pen: Pen | null, blob: Blob | null = new Blob(['png'], { type: 'image/png' })) {
  const canvas = {
    width: 0,
    height: 0,
    type: '',
    getContext: () => pen,
    toBlob: (callback: (b: Blob | null) => void, type?: string) => {
      canvas.type = type ?? '';
      callback(blob);
    },
  };
  return canvas as ExportCanvas & { type: string };
}

describe('SignatureStrokes', () => {
  it('records strokes point by point and ignores a pointer that did not move', () => {
    const strokes = new SignatureStrokes();
    expect(strokes.isEmpty()).toBe(true);
    strokes.begin({ x: 1, y: 1 });
    expect(strokes.extend({ x: 1, y: 1 })).toBe(false);
    expect(strokes.extend({ x: 5, y: 2 })).toBe(true);
    strokes.end();
    expect(strokes.extend({ x: 9, y: 9 })).toBe(false);
    expect(strokes.strokes()).toEqual([
      [
        { x: 1, y: 1 },
        { x: 5, y: 2 },
      ],
    ]);
    expect(strokes.isEmpty()).toBe(false);
  });

  it('undoes and redoes strokes, and a new stroke drops what could be redone', () => {
    const strokes = new SignatureStrokes();
    strokes.begin({ x: 0, y: 0 });
    strokes.end();
    strokes.begin({ x: 10, y: 10 });
    strokes.end();
    strokes.undo();
    expect(strokes.strokes()).toHaveLength(1);
    expect(strokes.canRedo()).toBe(true);
    strokes.redo();
    expect(strokes.strokes()).toHaveLength(2);
    strokes.undo();
    strokes.begin({ x: 3, y: 3 });
    expect(strokes.canRedo()).toBe(false);
  });

  it('clears in one step that can be undone, and changes its version on every change', () => {
    const strokes = new SignatureStrokes();
    strokes.begin({ x: 0, y: 0 });
    strokes.extend({ x: 4, y: 4 });
    strokes.end();
    const before = strokes.version();
    strokes.clear();
    expect(strokes.isEmpty()).toBe(true);
    expect(strokes.version()).toBeGreaterThan(before);
    strokes.undo();
    expect(strokes.strokes()).toHaveLength(1);
    strokes.redo();
    expect(strokes.isEmpty()).toBe(true);
    strokes.reset();
    expect(strokes.isEmpty()).toBe(true);
    expect(strokes.canRedo()).toBe(false);
  });
});

describe('exportSignature', () => {
  it('draws the strokes in ink on white at twice the pad size and gives a PNG', async () => {
    const { pen, calls } = recordingPen();
    const canvas = fakeCanvas(pen);
    const strokes = [
      [
        { x: 10, y: 20 },
        { x: 30, y: 40 },
      ],
      [{ x: 50, y: 5 }],
    ];

    const blob = await exportSignature(strokes, { width: 300, height: 120 }, () => canvas);

    expect(blob?.type).toBe('image/png');
    expect(canvas.type).toBe('image/png');
    expect(canvas.width).toBe(300 * EXPORT_SCALE);
    expect(canvas.height).toBe(120 * EXPORT_SCALE);
    // The background first, over the whole canvas, then each stroke scaled to the canvas.
    expect(calls[0]).toBe(`rect 0,0,600,240 #ffffff`);
    expect(calls).toEqual(
      expect.arrayContaining([
        `transform ${EXPORT_SCALE}`,
        'move 20,40',
        'line 60,80',
        'stroke',
        'dot 100,10',
        'fill',
      ]),
    );
    expect(calls.indexOf('move 20,40')).toBeLessThan(calls.indexOf('dot 100,10'));
  });

  it('gives nothing for an empty pad, and does not create a canvas for it', async () => {
    const make = jest.fn();
    await expect(exportSignature([], { width: 300, height: 120 }, make)).resolves.toBeNull();
    await expect(exportSignature([[]], { width: 300, height: 120 }, make)).resolves.toBeNull();
    expect(make).not.toHaveBeenCalled();
  });

  it('gives nothing where the browser cannot draw', async () => {
    const canvas = fakeCanvas(null);
    await expect(
      exportSignature([[{ x: 1, y: 1 }]], { width: 10, height: 10 }, () => canvas),
    ).resolves.toBeNull();
  });
});
