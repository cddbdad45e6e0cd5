import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  type ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { EChartsOption, EChartsType } from 'echarts';
import { NzSpinModule } from 'ng-zorro-antd/spin';

/**
 * One ECharts chart. ECharts is loaded on first use (a chunk of its own, out of the main bundle);
 * the chart follows its options, resizes with its box and is disposed with the view. A click on
 * a data point emits the point's `id`.
 */
@Component({
  selector: 'bst-echart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NzSpinModule],
  template: `
    @if (!ready()) {
      <nz-spin class="loading" nzSimple />
    }
    <div #host class="chart" [style.height.px]="height()" [attr.aria-label]="label()" role="img"></div>
  `,
  styles: `
    :host {
      position: relative;
      display: block;
    }
    .loading {
      position: absolute;
      inset: 0;
      display: flex;
      align-items: center;
      justify-content: center;
    }
    .chart {
      width: 100%;
    }
  `,
})
export class EchartComponent {
  readonly options = input.required<EChartsOption>();
  readonly height = input(320);
  /** What the chart shows, for screen readers (ECharts' own aria describes the data). */
  readonly label = input('');
  readonly pointClick = output<string>();

  private readonly host = viewChild.required<ElementRef<HTMLDivElement>>('host');
  protected readonly ready = signal(false);
  private chart: EChartsType | null = null;
  private observer: ResizeObserver | null = null;
  private destroyed = false;

  constructor() {
    afterNextRender(() => void this.start());
    effect(() => {
      const options = this.options();
      this.height();
      if (!this.ready()) return;
      this.chart?.setOption(options, { notMerge: true });
      this.chart?.resize();
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.observer?.disconnect();
      this.chart?.dispose();
    });
  }

  private async start(): Promise<void> {
    const { echarts } = await import('./echarts-runtime');
    // The view may have gone while the chunk was loading.
    if (this.destroyed) return;
    const chart = echarts.init(this.host().nativeElement);
    chart.on('click', (params) => {
      const id = (params.data as { id?: unknown } | null)?.id;
      if (typeof id === 'string') this.pointClick.emit(id);
    });
    this.chart = chart as unknown as EChartsType;
    this.observer = new ResizeObserver(() => this.chart?.resize());
    this.observer.observe(this.host().nativeElement);
    this.ready.set(true);
  }
}
