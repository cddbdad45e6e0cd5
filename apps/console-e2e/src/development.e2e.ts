import { apiLogin } from './support/approvals-api';
import { userPage } from './support/approvals-ui';
import { dayFromToday, pickDate, pickPerson } from './support/controls';
import {
  branchOf,
  freshApplicant,
  fullMembers,
  openCase,
  pendingSignOff,
  sendStep,
  setRowType,
  startStep,
  untilCaseStatus,
  untilStepOffered,
} from './support/development-ui';
import { approveThroughInbox } from './support/sign-off-inbox';
import { expect, test } from './support/journey';

// The Red Star branch's secretary keeps the case; the Qingshan bureau's committee (its
// organisation department, organiser and secretary) runs training, the talk and the sign-offs.
const OFFICER = 'branch1.secretary';
const ORG_DEPARTMENT = 'bureau1.orgdept';
const ORGANISER = 'bureau1.organiser';

/** A year on from a business date, as the rules count it (29 February falls back to the 28th). */
function aYearAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y + 1}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

test('a paper activist of 13 months becomes a candidate, is admitted at the second meeting and approved in the inbox', async ({
  browser,
  request,
  shot,
}) => {
  test.setTimeout(8 * 60_000);
  const officer = await apiLogin(request, OFFICER);
  const branch = await branchOf(request, officer);
  const applicant = await freshApplicant(request, officer, branch.id);
  const [mentor, sponsorA, sponsorB] = await fullMembers(request, officer, branch.id, 3, [officer.personId]);
  const today = dayFromToday(0);

  const page = await userPage(browser, OFFICER);
  let caseId = '';

  await test.step('the branch enters the paper record of an activist decided 13 months ago', async () => {
    await page.getByTestId('side-menu').getByText('发展党员').click();
    await page.getByTestId('side-menu').getByText('录入历史档案').click();
    await expect(page).toHaveURL(/\/development\/migrate$/);
    await pickPerson(page, page.getByTestId('mig-person'), applicant.name, branch.name);
    await pickDate(page.getByTestId('mig-date'), dayFromToday(-450));

    // Adding rows walks down the procedure: talk, activist, filing, mentors, assessment.
    for (let i = 0; i < 6; i++) await page.getByTestId('mig-add').click();
    await setRowType(page, 5, '考察记录');

    await pickDate(page.getByTestId('mig-0-date'), dayFromToday(-440));
    await pickPerson(page, page.getByTestId('mig-0-talker'), officer.name, branch.name);
    await page.getByTestId('mig-0-note').fill('了解入党动机，介绍党的基本知识');
    await pickDate(page.getByTestId('mig-1-date'), dayFromToday(-400));
    await page.getByTestId('mig-1-source-members').click();
    await pickDate(page.getByTestId('mig-2-date'), dayFromToday(-398));
    await expect(page.getByTestId('mig-2-filing').locator('.ant-radio-wrapper-checked')).toHaveText(
      /入党积极分子/,
    );
    await pickDate(page.getByTestId('mig-3-date'), dayFromToday(-398));
    await pickPerson(page, page.getByTestId('mig-3-mentors'), mentor.name, branch.name);
    await pickDate(page.getByTestId('mig-4-date'), dayFromToday(-220));
    await page.getByTestId('mig-4-note').fill('半年考察：表现良好');
    await pickDate(page.getByTestId('mig-5-date'), dayFromToday(-40));
    await page.getByTestId('mig-5-note').fill('半年考察：积极参加组织生活');

    await page.getByTestId('mig-submit').click();
    await expect(page).toHaveURL(/\/development\/cases\/[0-9a-f-]{36}$/);
    caseId = new URL(page.url()).pathname.split('/').pop()!;
    expect(caseId).toBe(applicant.id);
    await expect(page.getByTestId('case-name')).toHaveText(applicant.name);
    await expect(page.getByTestId('case-status')).toHaveAttribute('data-status', 'activist');
    await expect(page.getByTestId('case-migrated')).toBeVisible();
    await expect(page.getByTestId('timeline-step-mentors')).toHaveAttribute('data-state', 'done');
    await shot(page, 'migrated');
  });

  await test.step('a year as activist has passed: the branch committee makes them a candidate', async () => {
    const form = await startStep(page, 'decide_candidate');
    await pickDate(form.getByTestId('step-date'), dayFromToday(-14));
    for (const heard of ['party-group', 'mentors', 'members', 'non-members'])
      await form.getByTestId(`step-heard-${heard}`).click();
    await form.getByTestId('step-notice').click();
    await pickDate(form.getByTestId('step-notice-from'), dayFromToday(-40));
    await pickDate(form.getByTestId('step-notice-to'), dayFromToday(-15));
    await sendStep(page, form);
    await expect(page.getByTestId('case-status')).toHaveAttribute('data-status', 'candidate');
    await expect(page.getByTestId('timeline-step-candidate')).toHaveAttribute('data-state', 'done');
  });

  await test.step('filing, sponsors and the political review', async () => {
    let form = await startStep(page, 'file');
    await pickDate(form.getByTestId('step-date'), dayFromToday(-14));
    await sendStep(page, form);

    form = await startStep(page, 'fix_sponsors');
    await pickDate(form.getByTestId('step-date'), dayFromToday(-13));
    await pickPerson(page, form.getByTestId('step-sponsors'), sponsorA.name, branch.name);
    await pickPerson(page, form.getByTestId('step-sponsors'), sponsorB.name, branch.name);
    await sendStep(page, form);
    await expect(page.getByTestId('case-sponsors')).toContainText(sponsorA.name);
    await expect(page.getByTestId('case-sponsors')).toContainText(sponsorB.name);

    form = await startStep(page, 'political_review');
    await pickDate(form.getByTestId('step-date'), dayFromToday(-10));
    await form.getByTestId('step-verdict-yes').click();
    await form.getByTestId('step-note').fill('政治审查合格');
    await sendStep(page, form);
  });

  await test.step("the committee's organisation department records the concentrated training", async () => {
    const department = await userPage(browser, ORG_DEPARTMENT);
    await openCase(department, caseId);
    const form = await startStep(department, 'concentrated_training');
    await pickDate(form.getByTestId('step-from'), dayFromToday(-9));
    await pickDate(form.getByTestId('step-date'), dayFromToday(-7));
    await form.getByTestId('step-days').fill('3');
    await form.getByTestId('step-hours').fill('24');
    await form.getByTestId('step-provider').fill('青山林业局党委党校');
    await sendStep(department, form);
    await department.context().close();
  });

  await test.step('the branch committee reviews, and the pre-review is signed off in the inbox', async () => {
    await page.reload();
    const form = await startStep(page, 'committee_review');
    await pickDate(form.getByTestId('step-date'), dayFromToday(-3));
    await sendStep(page, form);
    await expect(page.getByTestId('case-pending')).toContainText('预审');
    const approvedBy = await approveThroughInbox(browser, request, officer, await pendingSignOff(page));
    expect(approvedBy).toContain(ORG_DEPARTMENT);
    await untilStepOffered(page, 'application_form');
    await expect(page.getByTestId('timeline-step-pre_review')).toHaveAttribute('data-state', 'done');
    await sendStep(page, await startStep(page, 'application_form'));
  });

  await test.step('the first branch meeting is inquorate: recorded, and nobody is admitted', async () => {
    const form = await startStep(page, 'admission_meeting');
    await expect(form.getByTestId('step-vote-roster')).toBeVisible();
    const expected = Number(await form.getByTestId('step-vote-voting-members').inputValue());
    expect(expected).toBeGreaterThan(2);
    const half = Math.floor(expected / 2);
    await form.getByTestId('step-vote-present').fill(String(half));
    await form.getByTestId('step-vote-yes').fill(String(half));
    await form.getByTestId('step-vote-no').fill('0');
    await form.getByTestId('step-vote-abstain').fill('0');
    // The outcome is computed as the counts are typed, never typed in.
    await expect(form.getByTestId('step-vote-outcome')).toHaveAttribute('data-quorate', 'false');
    await expect(form.getByTestId('step-vote-outcome')).toHaveAttribute('data-passed', 'false');
    await expect(form.getByTestId('step-vote-reason')).toBeVisible();
    await shot(page, 'inquorate');
    await sendStep(page, form);
    await expect(page.getByTestId('vote-record')).toHaveCount(1);
    await expect(page.getByTestId('vote-record').first()).toHaveAttribute('data-passed', 'false');
    await expect(page.getByTestId('case-admission-date')).toHaveText('—');
    await expect(page.getByTestId('case-status')).toHaveAttribute('data-status', 'candidate');
  });

  await test.step('the second meeting is quorate and votes to admit', async () => {
    const form = await startStep(page, 'admission_meeting');
    await expect(form.getByTestId('step-vote-roster')).toBeVisible();
    const expected = await form.getByTestId('step-vote-voting-members').inputValue();
    await form.getByTestId('step-vote-present').fill(expected);
    await form.getByTestId('step-vote-yes').fill(expected);
    await form.getByTestId('step-vote-no').fill('0');
    await form.getByTestId('step-vote-abstain').fill('0');
    await expect(form.getByTestId('step-vote-outcome')).toHaveAttribute('data-quorate', 'true');
    await expect(form.getByTestId('step-vote-outcome')).toHaveAttribute('data-passed', 'true');
    await sendStep(page, form);
    await expect(page.getByTestId('vote-record')).toHaveCount(2);
    await expect(page.getByTestId('vote-record').nth(1)).toHaveAttribute('data-passed', 'true');
    await expect(page.getByTestId('case-admission-date')).toHaveText(today);
  });

  await test.step("the committee's organiser talks with the candidate before approval", async () => {
    const organiser = await userPage(browser, ORGANISER);
    const talker = await apiLogin(request, ORGANISER);
    await openCase(organiser, caseId);
    const form = await startStep(organiser, 'approval_talk');
    await pickPerson(organiser, form.getByTestId('step-talker'), talker.name);
    await form.getByTestId('step-note').fill('入党动机端正，同意报批');
    await sendStep(organiser, form);
    await organiser.context().close();
  });

  await test.step('the branch submits for approval; the committee approves in the inbox', async () => {
    await page.reload();
    await sendStep(page, await startStep(page, 'submit_approval'));
    await expect(page.getByTestId('case-pending')).toContainText('审批');
    const approvedBy = await approveThroughInbox(browser, request, officer, await pendingSignOff(page));
    expect(approvedBy).toContain('bureau1.secretary');
    await untilCaseStatus(page, 'probationary');
  });

  await test.step('the case shows a year of probation from the meeting that admitted them', async () => {
    await expect(page.getByTestId('case-admission-date')).toHaveText(today);
    await expect(page.getByTestId('case-probation-end')).toContainText(aYearAfter(today));
    await expect(page.getByTestId('timeline-step-approval')).toHaveAttribute('data-state', 'done');
    await shot(page, 'probationary');
    await page.getByTestId('case-dossier').click();
    await expect(page.getByTestId('dossier-probation-end')).toContainText(aYearAfter(today));
  });

  await page.context().close();
});
