import type { z } from 'zod';
import type { ItemRow, Transition } from '@bastion/rectification-contracts';
import { daysLeft, FINISHED_STATUSES, trafficLight } from '@bastion/rectification-rules';
import type { ItemEntity } from '../persistence/entities/item.entity';
import type { TransitionEntity } from '../persistence/entities/transition.entity';

const person = (personId: string | null, name: string | null) =>
  personId ? { personId, name: name ?? '' } : null;

/** A list row from the read model, its light and countdown as of `today` (Asia/Shanghai). */
export function itemRowOf(item: ItemEntity, batchTitle: string, today: string): ItemRow {
  return {
    id: item.id,
    number: item.number,
    batchId: item.batchId,
    batchTitle,
    source: item.source,
    problem: item.problem,
    category: item.category,
    seriousness: item.seriousness,
    measures: item.measures,
    target: item.target,
    org: { id: item.orgId, name: item.orgName },
    owner: person(item.ownerPersonId, item.ownerName),
    leader: person(item.leaderPersonId, item.leaderName),
    supportingUnits: item.supportingUnits,
    status: item.status,
    round: item.round,
    reopened: item.reopened,
    fixedOnSpot: item.fixedOnSpot,
    namedSupervision: item.namedSupervision,
    deadline: item.deadline,
    light: trafficLight(item, today),
    daysLeft: FINISHED_STATUSES.includes(item.status) ? null : daysLeft(item.deadline, today),
    ...(item.provisional ? { provisional: true as const } : {}),
    progressPercent: item.progress,
    evidenceCount: item.evidenceCount,
    closedOn: item.closedOn,
  };
}

/** Just the fields of a row that a narrower view of it shows (a board item, a link): the keys of its contract. */
export function narrowedRow<S extends z.ZodObject>(view: S, row: ItemRow): z.infer<S> {
  const fields = row as unknown as Record<string, unknown>;
  return Object.fromEntries(Object.keys(view.shape).map((key) => [key, fields[key]])) as z.infer<S>;
}

export function transitionOf(t: TransitionEntity): Transition {
  return {
    seq: t.seq,
    kind: t.kind,
    from: t.fromStatus,
    to: t.toStatus,
    actor: person(t.actorPersonId, t.actorName),
    automatic: t.automatic,
    at: t.at.toISOString(),
    note: t.note,
    files: t.files,
    signingLeader: person(t.signingLeaderPersonId, t.signingLeaderName),
    ...(t.requestId ? { requestId: t.requestId } : {}),
    ...(t.deadline ? { deadline: t.deadline } : {}),
  };
}
