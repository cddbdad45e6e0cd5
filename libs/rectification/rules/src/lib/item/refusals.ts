import {
  actionCapacities,
  type Capacity,
  type ItemAction,
  type ItemActionType,
  type ItemRecord,
  type ItemStatus,
  itemStatusLabels,
  RectificationErrorCode,
} from '@bastion/rectification-contracts';
import { FINISHED_STATUSES } from '../traffic-light';

export interface Refusal {
  code: RectificationErrorCode;
  message: string;
}

const refuse = (code: RectificationErrorCode, message: string): Refusal => ({ code, message });

const ACTIVE: readonly ItemStatus[] = ['assigned', 'plan_approval', 'in_progress', 'acceptance'];

/** The statuses in which each action may be taken. */
const allowedIn: Record<ItemActionType, readonly ItemStatus[]> = {
  assign: ['registered', 'assigned'],
  edit: ['registered', 'assigned'],
  submit_plan: ['assigned'],
  progress: ['in_progress'],
  evidence: ['in_progress'],
  submit_acceptance: ['in_progress'],
  request_extension: ['assigned', 'plan_approval', 'in_progress'],
  long_term: ['in_progress'],
  milestone_done: ['in_progress'],
  hand_over: ['registered', 'assigned', 'in_progress'],
  transfer: ['registered', 'assigned', 'plan_approval', 'in_progress', 'acceptance'],
  urge: ACTIVE,
  named_supervision: ['registered', ...ACTIVE],
  look_back: ['closed'],
  // Linking is bookkeeping between sources: open to every state but a hand-over.
  link: ['registered', 'assigned', 'plan_approval', 'in_progress', 'acceptance', 'closed'],
  unlink: ['registered', 'assigned', 'plan_approval', 'in_progress', 'acceptance', 'closed'],
};

function statusName(status: ItemStatus): string {
  return itemStatusLabels[status].zh;
}

/**
 * Why an action of this type cannot be taken on the item now, whatever its details: the actor's
 * capacity, the item's status, a sign-off under way, the dates of the rules. Null when it can.
 */
export function stateRefusal(
  item: ItemRecord,
  type: ItemActionType,
  capacities: readonly Capacity[],
  today: string,
  now: string,
): Refusal | null {
  if (!actionCapacities[type].some((c) => capacities.includes(c))) {
    return refuse('NOT_ALLOWED', '您无权对该整改事项执行此操作。');
  }
  if (!allowedIn[type].includes(item.status)) {
    return refuse('WRONG_STATE', `整改事项当前状态为“${statusName(item.status)}”，不能执行此操作。`);
  }
  switch (type) {
    case 'request_extension':
      if (item.deadline === null) return refuse('WRONG_STATE', '尚未设定整改时限，无需申请延期。');
      if (item.pendingExtension) return refuse('PENDING', '已有延期申请正在审批中。');
      if (today > item.deadline) {
        return refuse('EXTENSION_TOO_LATE', `延期须在整改时限（${item.deadline}）届满前申请，现已逾期。`);
      }
      return null;
    case 'submit_acceptance':
      if (item.evidenceCount === 0) return refuse('NO_EVIDENCE', '提交验收前须上传佐证材料。');
      if (item.longTerm?.milestones.some((m) => m.doneOn === null)) {
        return refuse('WRONG_STATE', '长期整改事项的各节点完成后方可提交验收。');
      }
      return null;
    case 'long_term':
      return item.longTerm ? refuse('WRONG_STATE', '该事项已转为长期整改。') : null;
    case 'milestone_done':
      return item.longTerm ? null : refuse('WRONG_STATE', '该事项不是长期整改事项。');
    case 'hand_over':
      return item.pendingExtension ? refuse('PENDING', '延期申请审批中，不能移交。') : null;
    case 'urge':
      return item.urgeNotBefore !== null && now < item.urgeNotBefore
        ? refuse('TOO_SOON', '催办过于频繁，请稍后再试。')
        : null;
    case 'look_back':
      if (!item.lookBack || item.lookBack.result !== null)
        return refuse('WRONG_STATE', '该事项没有待开展的回头看。');
      if (today < item.lookBack.due)
        return refuse('BAD_DATE', `回头看定于 ${item.lookBack.due} 开展，尚未到期。`);
      return null;
    default:
      return null;
  }
}

/** Why this very action cannot be taken: its state refusal, or what its details get wrong. */
export function actionRefusal(
  item: ItemRecord,
  action: ItemAction,
  today: string,
  now: string,
): Refusal | null {
  const general = stateRefusal(item, action.type, action.capacities, today, now);
  if (general) return general;
  switch (action.type) {
    case 'assign':
      return action.deadline < today ? refuse('BAD_DATE', '整改时限不能早于今天。') : null;
    case 'edit':
      return action.deadline !== undefined && action.deadline < today
        ? refuse('BAD_DATE', '整改时限不能早于今天。')
        : null;
    case 'request_extension':
      return action.newDeadline <= item.deadline!
        ? refuse('BAD_DATE', `延期后的时限须晚于原时限（${item.deadline}）。`)
        : null;
    case 'long_term': {
      const dues = action.milestones.map((m) => m.due);
      if (dues.some((d) => d < today)) return refuse('BAD_DATE', '节点时限不能早于今天。');
      if (dues.some((d, i) => i > 0 && d < dues[i - 1]!)) return refuse('BAD_DATE', '节点须按时间先后排列。');
      return null;
    }
    case 'milestone_done': {
      const milestone = item.longTerm!.milestones[action.index];
      if (!milestone) return refuse('BAD_DATE', '没有这个节点。');
      return milestone.doneOn ? refuse('WRONG_STATE', '该节点已完成。') : null;
    }
    case 'named_supervision':
      return action.on === item.namedSupervision
        ? refuse('WRONG_STATE', action.on ? '该事项已挂牌督办。' : '该事项未挂牌督办。')
        : null;
    case 'link': {
      if (action.itemIds.includes(item.itemId)) return refuse('BAD_LINK', '事项不能关联自身。');
      const fresh = action.itemIds.filter((id) => !item.links.includes(id));
      if (fresh.length === 0) return refuse('WRONG_STATE', '所选事项均已关联。');
      return item.links.length + fresh.length > 20
        ? refuse('BAD_LINK', '一个事项最多关联 20 个事项。')
        : null;
    }
    case 'unlink':
      return item.links.includes(action.itemId) ? null : refuse('WRONG_STATE', '该事项未与此事项关联。');
    case 'look_back':
      return !action.holds && action.newDeadline !== undefined && action.newDeadline < today
        ? refuse('BAD_DATE', '重新整改的时限不能早于今天。')
        : null;
    default:
      return null;
  }
}

/** The actions the caller may take on the item now, for the console to offer. */
export function allowedActions(
  item: ItemRecord,
  capacities: readonly Capacity[],
  today: string,
  now: string,
): ItemActionType[] {
  return (Object.keys(allowedIn) as ItemActionType[]).filter(
    (type) =>
      stateRefusal(item, type, capacities, today, now) === null &&
      // Nothing to do on a finished item but look back at it and keep its links.
      (!FINISHED_STATUSES.includes(item.status) || ['look_back', 'link', 'unlink'].includes(type)) &&
      // Unlinking is offered only where there is a link.
      (type !== 'unlink' || item.links.length > 0),
  );
}
