import { decisionTime } from '../../decision-time';
import { type Check, periodDetail, piece, pieceIf, type Report, result, seqs, timedResult, voteDetail } from './compliance-check';

/** Stage four: the branch meeting's vote, the talk before approval, the committee's time, the oath. */

/** The branch meeting admits with a quorum and a majority of the full members expected to vote. */
export function admissionVoteCheck({ record, d, notOnPath }: Report): Check {
  const vote = record.votes.filter((v) => v.kind === 'admission').at(-1);
  return {
    id: 'admission_vote',
    result: notOnPath(vote?.date ?? null) ?? result(d.admissionMeeting ? true : vote!.outcome.passed),
    detail: voteDetail(vote),
    dates: { meeting: vote?.date ?? null },
    evidence: seqs(record, 'admission_meeting'),
    on: vote?.date ?? d.application,
  };
}

/** A committee member or organiser talks with the candidate before the committee approves. */
export function approvalTalkCheck({ record, d, notOnPath }: Report): Check {
  const meeting = d.admissionMeeting;
  const talk = d.approvalTalk;
  const ok = d.approval ? !!talk && talk <= d.approval : talk ? true : null;
  return {
    id: 'approval_talk',
    result: notOnPath(meeting) ?? (d.closed && !talk && !d.approval ? 'not_applicable' : result(ok)),
    detail: talk
      ? [piece('approval_talk_held', { talk }), ...pieceIf(d.approval, 'approved_on', { date: d.approval ?? '' })]
      : d.approval
        ? [piece('approved_without_talk', { approval: d.approval })]
        : [piece('no_approval_talk')],
    dates: { meeting, approvalTalk: talk, approval: d.approval },
    evidence: seqs(record, 'approval_talk', 'approval_talk_held'),
    on: meeting ?? d.application,
  };
}

/** The committee approves within three months of the resolution, at most six with a reason. */
export function approvalTimeCheck({ record, ctx, d, at, notOnPath }: Report): Check {
  const meeting = d.admissionMeeting;
  const rules = at(meeting ?? d.application);
  const time = meeting ? decisionTime('admission', meeting, d.approval ?? ctx.today, record.approvalLateReason, rules) : null;
  return {
    id: 'approval_time',
    result: notOnPath(meeting) ?? timedResult(time!, d.approval !== null, d.closed),
    detail: time ? periodDetail(time, record.approvalLateReason, d.approval) : [piece('no_admission_meeting')],
    dates: { meeting, due: time?.due ?? null, latest: time?.latest ?? null, approval: d.approval },
    evidence: seqs(record, 'submit_approval', 'approved', 'not_approved', 'approval_decision'),
    on: meeting ?? d.application,
  };
}

const heldByPiece = { committee: 'oath_by_committee', branch: 'oath_by_branch', party_group: 'oath_by_party_group' } as const;

/** The oath is held by the committee or the branch, never by a party group. */
export function oathHeldByCheck({ record, d, notYet }: Report): Check {
  const entry = record.entries.filter((e) => e.kind === 'oath').at(-1);
  const heldBy = (entry?.details['heldBy'] as string | undefined) ?? null;
  const by = heldBy && heldBy in heldByPiece ? heldByPiece[heldBy as keyof typeof heldByPiece] : 'oath_on';
  return {
    id: 'oath_held_by',
    result: d.oath ? result(heldBy !== 'party_group') : notYet,
    detail: [d.oath ? piece(by, { date: d.oath }) : piece('no_oath')],
    dates: { approval: d.approval, oath: d.oath },
    evidence: seqs(record, 'oath'),
    on: d.oath ?? d.application,
  };
}
