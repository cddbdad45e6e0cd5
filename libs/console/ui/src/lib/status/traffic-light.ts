import type { TrafficLight } from '@bastion/approvals-contracts';
import type { MessageKey } from '../i18n/messages.zh-cn';

export interface LightStyle {
  /** The dot's colour. */
  colour: string;
  /** What the colour means, for the legend and the dot's accessible name. */
  label: MessageKey;
}

/**
 * The traffic light a task's due date earns, as the service computes it: green while on time,
 * amber inside the reminder window, red once overdue. A task without a time limit has none.
 */
export const LIGHTS: Readonly<Record<TrafficLight, LightStyle>> = {
  green: { colour: '#52c41a', label: 'light.green' },
  amber: { colour: '#faad14', label: 'light.amber' },
  red: { colour: '#f5222d', label: 'light.red' },
  none: { colour: '#d9d9d9', label: 'light.none' },
};

/** The legend under the inbox: the three lights that carry a meaning, in order of urgency. */
export const LEGEND: readonly TrafficLight[] = ['green', 'amber', 'red'];

export function lightStyle(light: TrafficLight | null | undefined): LightStyle {
  return LIGHTS[light ?? 'none'] ?? LIGHTS.none;
}
