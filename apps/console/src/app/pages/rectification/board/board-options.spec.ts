import type { BoardView } from '@bastion/rectification-contracts';
import {
  BOARD_COLOURS,
  type BoardTexts,
  boardTotals,
  byUrgency,
  chartHeight,
  progressOption,
  shiftDate,
  timelineOption,
} from './board-options';

const texts: BoardTexts = {
  today: '今天',
  countdown: (n) => (n < 0 ? `逾期 ${-n} 天` : n === 0 ? '今日到期' : `剩余 ${n} 天`),
  closed: '已销号',
  noDeadline: '未定时限',
  series: { closed: '已销号', green: '按时', amber: '即将到期', red: '已逾期' },
};

type Item = BoardView['items'][number];
const item = (n: number, changes: Partial<Item>): Item => ({
  id: `id-${n}`,
  number: `ZG2026-00000${n}`,
  problem: `问题${n}：三会一课制度落实不到位，组织生活不规范`,
  org: { id: 'org', name: '红星林场党支部' },
  owner: null,
  status: 'in_progress',
  deadline: '2026-06-30',
  light: 'green',
  daysLeft: 10,
  progressPercent: 50,
  namedSupervision: false,
  ...changes,
});

interface Bar {
  value: number;
  id: string;
  itemStyle: { color: string };
  label: { formatter: string };
}
const bars = (option: ReturnType<typeof timelineOption>) => (option.series as { data: Bar[] }[])[0]!.data;

describe('board timeline', () => {
  const board = {
    today: '2026-05-20',
    items: [
      item(1, { daysLeft: 12 }),
      item(2, { status: 'closed', daysLeft: null, light: 'green' }),
      item(3, { daysLeft: -4, light: 'red' }),
      item(4, { daysLeft: 3, light: 'amber' }),
      item(5, { status: 'registered', daysLeft: null, deadline: null }),
    ],
  };

  it('puts the most urgent items on top and closed ones last', () => {
    expect(byUrgency(board.items).map((i) => i.id)).toEqual(['id-3', 'id-4', 'id-1', 'id-5', 'id-2']);
  });

  it('draws each item from today to its deadline in its light’s colour, with the countdown', () => {
    const data = bars(timelineOption(board, texts));
    expect(data.map((b) => [b.id, b.value, b.itemStyle.color, b.label.formatter])).toEqual([
      ['id-3', -4, BOARD_COLOURS.red, '逾期 4 天'],
      ['id-4', 3, BOARD_COLOURS.amber, '剩余 3 天'],
      ['id-1', 12, BOARD_COLOURS.green, '剩余 12 天'],
      ['id-5', 0, BOARD_COLOURS.green, '未定时限'],
      ['id-2', 0, BOARD_COLOURS.closed, '已销号'],
    ]);
  });

  it('marks today and spans the axis from the most overdue to the furthest deadline, with dates for days', () => {
    const option = timelineOption(board, texts);
    const series = (option.series as { markLine: { data: unknown[]; label: { formatter: string } } }[])[0]!;
    expect(series.markLine.data).toEqual([{ xAxis: 0 }]);
    expect(series.markLine.label.formatter).toBe('今天');
    const xAxis = option.xAxis as {
      min: number;
      max: number;
      axisLabel: { formatter: (d: number) => string };
    };
    expect([xAxis.min, xAxis.max]).toEqual([-7, 12]);
    expect(xAxis.axisLabel.formatter(-4)).toBe('05-16');
    expect(xAxis.axisLabel.formatter(12)).toBe('06-01');
  });

  it('reaches back to an item long overdue and labels the axis by month then', () => {
    const long = {
      today: '2026-11-24',
      items: [item(1, { daysLeft: -662, light: 'red' }), item(2, { daysLeft: 60 })],
    };
    const xAxis = timelineOption(long, texts).xAxis as {
      min: number;
      max: number;
      axisLabel: { formatter: (d: number) => string };
    };
    expect([xAxis.min, xAxis.max]).toEqual([-662, 60]);
    expect(xAxis.axisLabel.formatter(-300)).toBe('2026-01');
  });

  it('names each row by number and the start of the problem', () => {
    const yAxis = timelineOption(board, texts).yAxis as { data: string[]; inverse: boolean };
    expect(yAxis.inverse).toBe(true);
    expect(yAxis.data[0]).toBe('ZG2026-000003 问题3：三会一课制度落实不到…');
  });

  it('keeps a week either side when everything is due soon', () => {
    const xAxis = timelineOption({ today: '2026-05-20', items: [item(1, { daysLeft: 1 })] }, texts).xAxis as {
      min: number;
      max: number;
    };
    expect([xAxis.min, xAxis.max]).toEqual([-7, 7]);
  });
});

describe('board progress by organisation', () => {
  const byOrg: BoardView['byOrg'] = [
    { org: { id: 'a', name: '青山林业局党委' }, depth: 0, total: 6, closed: 2, green: 2, amber: 1, red: 1 },
    { org: { id: 'b', name: '林场党总支' }, depth: 1, total: 4, closed: 1, green: 2, amber: 1, red: 0 },
    { org: { id: 'c', name: '红星林场党支部' }, depth: 2, total: 4, closed: 1, green: 2, amber: 1, red: 0 },
  ];

  it('stacks closed, green, amber and red per organisation in those colours', () => {
    const option = progressOption(byOrg, texts);
    const series = option.series as {
      name: string;
      stack: string;
      data: number[];
      itemStyle: { color: string };
    }[];
    expect(series.map((s) => [s.name, s.itemStyle.color, s.data])).toEqual([
      ['已销号', BOARD_COLOURS.closed, [2, 1, 1]],
      ['按时', BOARD_COLOURS.green, [2, 2, 2]],
      ['即将到期', BOARD_COLOURS.amber, [1, 1, 1]],
      ['已逾期', BOARD_COLOURS.red, [1, 0, 0]],
    ]);
    expect(new Set(series.map((s) => s.stack)).size).toBe(1);
  });

  it('indents each organisation by its depth in the tree, top first', () => {
    const yAxis = progressOption(byOrg, texts).yAxis as { data: string[]; inverse: boolean };
    expect(yAxis.data).toEqual([
      '青山林业局党委',
      '\u3000\u3000林场党总支',
      '\u3000\u3000\u3000\u3000红星林场党支部',
    ]);
    expect(yAxis.inverse).toBe(true);
  });
});

describe('board helpers', () => {
  it('adds up the top of the tree for the whole board, several roots too', () => {
    const row = (depth: number, closed: number, red: number) => ({
      org: { id: `o${depth}${closed}`, name: 'x' },
      depth,
      total: closed + red,
      closed,
      green: 0,
      amber: 0,
      red,
    });
    expect(boardTotals([row(1, 3, 1), row(2, 3, 1), row(1, 1, 0)])).toEqual({
      total: 5,
      closed: 4,
      green: 0,
      amber: 0,
      red: 1,
      percent: 80,
    });
    expect(boardTotals([])).toMatchObject({ total: 0, percent: 0 });
  });

  it('grows a chart with its rows but never below a readable minimum', () => {
    expect(chartHeight(0)).toBe(200);
    expect(chartHeight(20)).toBe(620);
  });

  it('shifts a business date across month ends, by month once the board spans more than half a year', () => {
    expect(shiftDate('2026-01-30', 3)).toBe('02-02');
    expect(shiftDate('2026-03-01', -1)).toBe('02-28');
    expect(shiftDate('2026-11-24', -662, 662)).toBe('2025-01');
  });
});
