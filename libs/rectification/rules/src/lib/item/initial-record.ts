import { chinaHolidayCalendar, type HolidayCalendar, shanghaiDateOf } from '@bastion/calendar';
import type { ItemInput, ItemRecord } from '@bastion/rectification-contracts';
import { amberFrom, lookBackDue } from '../deadlines';
import { transition } from './transitions';

/**
 * An item as registered (立项): the record the service writes at once, and the workflow's first
 * state. One fixed on the spot (立行立改) starts closed, its look-back ahead of it.
 */
export function initialItemRecord(
  input: ItemInput,
  registeredAt: string,
  calendar: HolidayCalendar = chinaHolidayCalendar,
): ItemRecord {
  const today = shanghaiDateOf(new Date(registeredAt));
  const blank: ItemRecord = {
    itemId: input.itemId,
    batchId: input.batchId,
    source: input.source,
    text: input.text,
    org: input.org,
    owner: null,
    leader: null,
    status: 'registered',
    round: 1,
    reopened: false,
    fixedOnSpot: false,
    namedSupervision: false,
    assignedOn: null,
    deadline: input.deadline,
    originalDeadline: input.deadline,
    finalDeadline: null,
    amberFrom: input.deadline ? amberFrom(input.deadline, input.config.ladder, calendar) : null,
    progressPercent: 0,
    evidenceCount: 0,
    longTerm: null,
    pending: null,
    pendingExtension: null,
    ladder: [],
    handedOverTo: null,
    closedOn: null,
    lookBack: null,
    lastUrgedAt: null,
    urgeNotBefore: null,
    links: [],
    urgeCount: 0,
    registeredAt,
    transitions: [],
    version: 0,
  };
  const registered = transition(blank, { kind: 'registered', actor: input.registeredBy, at: registeredAt });
  if (!input.fixedOnSpot) return registered;
  return transition(
    registered,
    {
      kind: 'fixed_on_spot',
      actor: input.registeredBy,
      at: registeredAt,
      note: input.fixedOnSpot.note,
      files: input.fixedOnSpot.files,
    },
    {
      status: 'closed',
      fixedOnSpot: true,
      progressPercent: 100,
      evidenceCount: input.fixedOnSpot.files.length,
      closedOn: today,
      lookBack: { due: lookBackDue(today, input.config), result: null, on: null },
    },
  );
}
