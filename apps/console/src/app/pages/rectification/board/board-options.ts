import type { BoardView, TrafficLight } from '@bastion/rectification-contracts';
import type { EChartsOption } from 'echarts';

/**
 * The traffic-light colours of the console (the inbox's dots); a closed item is green too, a
 * deeper one, so the board turns green as items close and still tells done from on time.
 */
export const BOARD_COLOURS: Readonly<Record<TrafficLight | 'closed', string>> = {
  green: '#52c41a',
  amber: '#faad14',
  red: '#f5222d',
  closed: '#237804',
};

/** The words the charts need, already in the user's language. */
export interface BoardTexts {
  today: string;
  /** 剩余 n 天 / 逾期 n 天 / 今日到期 for an open item's days left. */
  countdown: (daysLeft: number) => string;
  closed: string;
  noDeadline: string;
  series: Readonly<Record<TrafficLight | 'closed', string>>;
}

type BoardItem = BoardView['items'][number];

/** Height in pixels of a chart with one row per entry, so rows stay readable however many there are. */
export function chartHeight(rows: number): number {
  return Math.max(200, 60 + rows * 28);
}

/**
 * `YYYY-MM-DD` plus some days, for the axis under the timeline: `MM-DD` while the board spans
 * months, `YYYY-MM` once it spans more than half a year either way.
 */
export function shiftDate(today: string, days: number, span = 0): string {
  const [y, m, d] = today.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d! + days));
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  if (span > 180) return `${date.getUTCFullYear()}-${month}`;
  return `${month}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** Most urgent first: overdue by most, then least time left; items without a deadline or closed last. */
export function byUrgency(items: readonly BoardItem[]): BoardItem[] {
  const rank = (item: BoardItem) =>
    item.status === 'closed' ? Infinity : item.daysLeft === null ? Number.MAX_SAFE_INTEGER : item.daysLeft;
  return [...items].sort((a, b) => rank(a) - rank(b) || a.number.localeCompare(b.number));
}

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * 挂图作战's timeline: one bar per item from today to its deadline (to the left when overdue),
 * in its traffic-light colour, labelled with the countdown; a line marks today. Closed items sit
 * on the line in the closed colour. Each bar carries the item's id for a click to open it.
 */
export function timelineOption(board: Pick<BoardView, 'today' | 'items'>, texts: BoardTexts): EChartsOption {
  const items = byUrgency(board.items);
  const label = (item: BoardItem) =>
    item.status === 'closed'
      ? texts.closed
      : item.daysLeft === null
        ? texts.noDeadline
        : texts.countdown(item.daysLeft);
  const colour = (item: BoardItem) =>
    item.status === 'closed' ? BOARD_COLOURS.closed : BOARD_COLOURS[item.light];
  // Today, and at least a week, either side: back to the most overdue, on to the furthest deadline.
  const days = items.map((i) => (i.status === 'closed' ? 0 : (i.daysLeft ?? 0)));
  const before = Math.max(7, -Math.min(0, ...days));
  const after = Math.max(7, ...days);
  const span = Math.max(before, after);
  return {
    aria: { enabled: true },
    animation: false,
    grid: { left: 8, right: 96, top: 28, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const item = items[(params as { dataIndex: number }).dataIndex];
        return item ? `${item.number} ${short(item.problem, 40)}<br/>${item.org.name} · ${label(item)}` : '';
      },
    },
    xAxis: {
      type: 'value',
      minInterval: 1,
      min: -before,
      max: after,
      // The ends fall on odd days; the ticks between them carry the dates.
      axisLabel: {
        formatter: (offset: number) => shiftDate(board.today, offset, span),
        showMinLabel: false,
        showMaxLabel: false,
      },
      splitLine: { lineStyle: { type: 'dashed' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: items.map((item) => `${item.number} ${short(item.problem, 14)}`),
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 16,
        data: items.map((item) => ({
          value: item.status === 'closed' ? 0 : (item.daysLeft ?? 0),
          id: item.id,
          itemStyle: { color: colour(item) },
          label: { show: true, position: 'right', formatter: label(item), color: colour(item) },
        })),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: '#595959', type: 'solid' },
          // The y axis runs top-down, so the line starts at the top: the label goes there.
          label: { formatter: texts.today, position: 'start' },
          data: [{ xAxis: 0 }],
        },
      },
    ],
  };
}

/**
 * Progress by organisation across the tree: one stacked bar per organisation (closed, then the
 * open items by light), names indented by depth so the tree reads top-down.
 */
export function progressOption(byOrg: BoardView['byOrg'], texts: BoardTexts): EChartsOption {
  const keys = ['closed', 'green', 'amber', 'red'] as const;
  const names = byOrg.map((row) => `${'\u3000'.repeat(row.depth * 2)}${row.org.name}`);
  // Left-aligned labels show the indentation; the margin makes room for the widest (12px a character).
  const widest = Math.max(0, ...names.map((name) => name.length));
  return {
    aria: { enabled: true },
    animation: false,
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      // Ideographic spaces: ECharts keeps them, where it would trim plain ones.
      data: names,
      axisLabel: { align: 'left', margin: widest * 12 + 8 },
      axisTick: { show: false },
    },
    series: keys.map((key) => ({
      type: 'bar' as const,
      name: texts.series[key],
      stack: 'items',
      barMaxWidth: 18,
      itemStyle: { color: BOARD_COLOURS[key] },
      data: byOrg.map((row) => row[key]),
    })),
  };
}

/** The whole board's figures: the top rows of the tree add up to everything on it. */
export function boardTotals(byOrg: BoardView['byOrg']) {
  const top = Math.min(...byOrg.map((row) => row.depth));
  const sum = { total: 0, closed: 0, green: 0, amber: 0, red: 0 };
  for (const row of byOrg.filter((r) => r.depth === top)) {
    sum.total += row.total;
    sum.closed += row.closed;
    sum.green += row.green;
    sum.amber += row.amber;
    sum.red += row.red;
  }
  return { ...sum, percent: sum.total ? Math.round((sum.closed / sum.total) * 100) : 0 };
}
