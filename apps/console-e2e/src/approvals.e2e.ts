import { apiLogin, createCountersignTemplate, verifyLedger } from './support/approvals-api';
import { approve, openRequest, statusTag, userPage } from './support/approvals-ui';
import { expect, test } from './support/journey';

// The demo branch 青山林业局红星林场党支部: a member submits, its secretary and organisation
// officer countersign, its deputy secretary supervises the branch but has no task.
const SUBMITTER = 'branch1.member';
const FIRST = 'branch1.secretary';
const SECOND = 'branch1.orgofficer';
const ONLOOKER = 'branch1.deputy';

test('a general request through a countersign: approve, return, resubmit, approve twice, verified', async ({
  browser,
  request,
  shot,
}) => {
  const [admin, first, second] = await Promise.all([
    apiLogin(request, 'admin'),
    apiLogin(request, FIRST),
    apiLogin(request, SECOND),
  ]);
  const template = `会签请示 ${Date.now() % 1_000_000}`;
  await createCountersignTemplate(request, admin, template, [first, second]);

  const submitter = await userPage(browser, SUBMITTER);
  const title = `关于更换红星林场巡护车辆的请示（${Date.now() % 100_000}）`;
  let requestId = '';

  await test.step('the member submits a general request along the template', async () => {
    await submitter.getByTestId('side-menu').getByText('发起请示').click();
    await submitter.getByTestId('general-request-template').click();
    await submitter.locator('nz-option-item', { hasText: template }).click();
    await expect(submitter.getByTestId('route-preview-stage')).toHaveCount(1);
    await expect(submitter.getByTestId('route-preview')).toContainText('会签');
    await submitter.getByTestId('general-request-title').fill(title);
    await submitter
      .getByTestId('general-request-body')
      .fill('现有巡护车辆已使用十二年，故障频发，拟申请更换一辆。');
    await submitter.getByTestId('general-request-attachments-input').setInputFiles({
      name: '车辆状况说明.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('巡护车辆状况说明'),
    });
    await expect(submitter.getByTestId('uploaded-file')).toContainText('车辆状况说明.txt');
    await shot(submitter, 'new-request');
    await submitter.getByTestId('general-request-submit').click();

    await expect(submitter).toHaveURL(/\/approvals\/[0-9a-f-]{36}$/);
    requestId = submitter.url().split('/').pop()!;
    await expect(statusTag(submitter)).toHaveText('审批中');
    const stage = submitter.getByTestId('stage-0');
    await expect(stage).toHaveAttribute('aria-current', 'step');
    await expect(stage.getByTestId('diagram-task')).toHaveCount(2);
    await expect(stage).toContainText(first.name);
    await expect(stage).toContainText(second.name);
    await expect(submitter.getByTestId('attachment-item')).toContainText('车辆状况说明.txt');
  });

  await test.step('someone without a task sees the request but cannot approve it', async () => {
    const onlooker = await userPage(browser, ONLOOKER);
    await openRequest(onlooker, requestId);
    await expect(onlooker.getByTestId('request-title')).toContainText(title);
    await expect(onlooker.getByTestId('action-approve')).toHaveCount(0);
    await expect(onlooker.getByTestId('action-reject')).toHaveCount(0);
    // The template editor is for administrators: not in the menu of anyone else.
    await expect(onlooker.getByTestId('side-menu')).not.toContainText('审批模板');
    await onlooker.context().close();
  });

  const firstPage = await userPage(browser, FIRST);
  await test.step('the first signer is told by the bell and approves with a signature', async () => {
    await expect(firstPage.getByTestId('bell-count')).toContainText(/[1-9]/);
    await firstPage.getByTestId('bell').click();
    await firstPage.getByTestId('bell-item').filter({ hasText: title }).first().click();
    await expect(firstPage).toHaveURL(new RegExp(`/approvals/${requestId}$`));
    await approve(firstPage, '同意更换。');
    await expect(firstPage.getByTestId('stage-0')).toContainText('同意');
    await expect(firstPage.getByTestId('timeline-signed')).toHaveCount(1);
    await shot(firstPage, 'first-approved');
  });

  const secondPage = await userPage(browser, SECOND);
  await test.step('the second signer finds it in the inbox and returns it to the submitter', async () => {
    await secondPage.getByTestId('side-menu').getByText('审批中心').click();
    await expect(secondPage.getByTestId('inbox-count-todo')).not.toHaveText('0');
    await secondPage.getByTestId('inbox-row-title').filter({ hasText: title }).click();
    await expect(secondPage.getByTestId('request-title')).toContainText(title);
    await secondPage.getByTestId('action-opinion').fill('请补充车辆维修记录后再报。');
    await secondPage.getByTestId('action-return').click();
    await secondPage.getByTestId('return-target-submitter').click();
    await secondPage.getByTestId('action-submit').click();
    await secondPage.locator('.ant-modal-confirm').getByRole('button', { name: '退回' }).click();
    await expect(statusTag(secondPage)).toHaveText('已退回');
    await expect(secondPage.getByTestId('diagram-returned')).toBeVisible();
    await shot(secondPage, 'returned');
  });

  await test.step('the submitter resubmits', async () => {
    await submitter.reload();
    await expect(statusTag(submitter)).toHaveText('已退回');
    await submitter.getByTestId('action-opinion').fill('已补充维修记录。');
    await submitter.getByTestId('action-resubmit').click();
    await expect(statusTag(submitter)).toHaveText('审批中');
    await expect(submitter.getByTestId('stage-0')).toContainText('第 2 轮');
  });

  await test.step('both signers approve and the request is approved', async () => {
    await firstPage.reload();
    await approve(firstPage, '同意。');
    await secondPage.reload();
    await approve(secondPage, '同意，按规定采购。');
    await expect(statusTag(secondPage)).toHaveText('已通过');
    await expect(secondPage.getByTestId('diagram-end')).toContainText('已通过');
  });

  await test.step('the ledger verifies, on the page and from the service', async () => {
    await submitter.reload();
    await expect(statusTag(submitter)).toHaveText('已通过');
    const timeline = submitter.getByTestId('timeline');
    for (const action of ['submitted', 'approve', 'return', 'resubmit']) {
      await expect(timeline.locator(`[data-action="${action}"]`).first()).toBeVisible();
    }
    await expect(submitter.getByTestId('timeline-signed')).toHaveCount(3);
    await submitter.getByTestId('ledger-verify').click();
    await expect(submitter.getByTestId('ledger-intact')).toContainText('记录完整');
    await shot(submitter, 'approved');
    const verification = await verifyLedger(request, first, requestId);
    expect(verification.intact).toBe(true);
    expect(verification.rows).toBeGreaterThan(6);
  });
});
