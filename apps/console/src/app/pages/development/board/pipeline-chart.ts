import type { PipelineView } from '@bastion/development-contracts';
import type { EChartsOption } from 'echarts';

/** The words the chart needs, already in the user's language. */
export interface PipelineTexts {
  status: (status: string) => string;
  onTime: string;
  overdue: string;
}

/**
 * The pipeline as stacked bars, one per status from applicant to full member: the cases on time
 * and those with a clock past its date. Each bar carries its status for a click to open the list.
 */
export function pipelineOption(columns: PipelineView['columns'], texts: PipelineTexts): EChartsOption {
  const onTime = columns.map((c) => ({ value: Math.max(0, c.total - c.overdue), id: c.status }));
  const overdue = columns.map((c) => ({ value: c.overdue, id: c.status }));
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { data: [texts.onTime, texts.overdue], bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 48, containLabel: true },
    xAxis: { type: 'category', data: columns.map((c) => texts.status(c.status)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: texts.onTime, type: 'bar', stack: 'cases', data: onTime, itemStyle: { color: '#1677ff' } },
      { name: texts.overdue, type: 'bar', stack: 'cases', data: overdue, itemStyle: { color: '#f5222d' } },
    ],
  };
}
