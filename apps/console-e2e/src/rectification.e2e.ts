import { apiLogin } from './support/approvals-api';
import { userPage } from './support/approvals-ui';
import { dayFromToday, pickDate, pickOrg, pickPerson } from './support/controls';
import { importSheet } from '@bastion/rectification-contracts/testing';
import { openItem, startAction, untilStatus, uploadImport } from './support/rectification-ui';
import { approveThroughInbox } from './support/sign-off-inbox';
import { expect, test } from './support/journey';

// The group's inspection office (巡察办) inspects the Qingshan forestry bureau; the finding is the
// Red Star branch's, its organisation officer takes charge and its secretary is the supervising
// leader. The sign-offs run on the approvals engine and are decided in the signers' inboxes.
const INSPECTOR = 'group.inspection';
const OWNER = 'branch1.orgofficer';
const LEADER = 'branch1.secretary';
const GROUP = '北岭森工集团党委';
const BUREAU = '青山林业局党委';
const BRANCH = '青山林业局红星林场党支部';

test('a finding batch from import to a closed item: bad file refused, plan and acceptance signed off, the board green; an overdue item red', async ({
  browser,
  request,
  shot,
}) => {
  test.setTimeout(6 * 60_000);
  const [owner, leader] = await Promise.all([apiLogin(request, OWNER), apiLogin(request, LEADER)]);
  const tag = String(Date.now() % 1_000_000);
  const title = `2026年集团党委第二轮巡察（端到端 ${tag}）`;
  const finding = `“三会一课”记录不全，组织生活会流于形式（${tag}）`;
  const overdue = `党费收缴台账未按月公示（${tag}）`;

  const inspector = await userPage(browser, INSPECTOR);
  let batchUrl = '';

  await test.step('the inspection office opens a batch for the inspected bureau', async () => {
    await inspector.getByTestId('side-menu').getByText('整改批次').click();
    await expect(inspector.getByTestId('batch-table')).toBeVisible();
    await inspector.getByTestId('batch-new').click();
    await inspector.getByTestId('batch-form-source').click();
    await inspector.locator('nz-option-item', { hasText: '巡察' }).first().click();
    await inspector.getByTestId('batch-form-title').fill(title);
    await pickOrg(inspector, inspector.getByTestId('batch-form-org'), [GROUP, BUREAU]);
    await inspector.locator('.ant-modal-footer').getByRole('button', { name: '新建' }).click();
    await expect(inspector).toHaveURL(/\/rectification\/batches\/[0-9a-f-]{36}$/);
    await expect(inspector.getByTestId('batch-title')).toContainText(title);
    await expect(inspector.getByTestId('item-empty')).toBeVisible();
    batchUrl = new URL(inspector.url()).pathname;
  });

  await test.step('a bad spreadsheet is refused whole, every bad row with its problems', async () => {
    await inspector.getByTestId('batch-import').click();
    const bad = await importSheet([
      { 问题类别: '组织建设', 严重程度: '一般', 责任单位: BRANCH },
      { 问题: finding, 问题类别: '胡乱分类', 严重程度: '一般', 责任单位: BRANCH, 整改时限: '明年' },
      { 问题: overdue, 问题类别: '组织建设', 严重程度: '一般', 责任单位: '不存在的党支部' },
    ]);
    await uploadImport(inspector, '问题清单（有误）.xlsx', bad);
    await expect(inspector.getByTestId('import-refused')).toContainText('未导入任何事项');
    const rows = inspector.getByTestId('import-problem-row');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText('第 2 行');
    await expect(rows.nth(0)).toContainText('问题');
    await expect(rows.nth(1)).toContainText('第 3 行');
    await expect(rows.nth(1)).toContainText('问题类别');
    await expect(rows.nth(1)).toContainText('整改时限');
    await expect(rows.nth(2)).toContainText('第 4 行');
    await expect(rows.nth(2)).toContainText('责任单位');
    await shot(inspector, 'import-refused');
  });

  await test.step('the corrected spreadsheet comes in whole', async () => {
    const good = await importSheet([
      {
        问题: finding,
        问题类别: '组织建设',
        严重程度: '较重',
        整改措施: '每月召开支委会，按季度上党课并如实记录',
        整改目标: '组织生活规范化',
        责任单位: BRANCH,
        配合单位: '青山林业局党委组织部',
      },
      // Migrated from paper with its deadline long past: it shows red at once.
      { 问题: overdue, 问题类别: '纪律建设', 严重程度: '一般', 责任单位: BRANCH, 整改时限: '2025-01-31' },
    ]);
    await uploadImport(inspector, '问题清单.xlsx', good);
    await expect(inspector.getByTestId('import-done')).toContainText('已导入 2 项');
    await inspector.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
    await expect(inspector.getByTestId('item-row')).toHaveCount(2);
    await expect(inspector.getByTestId('item-row').filter({ hasText: overdue })).toHaveAttribute(
      'data-light',
      'red',
    );
    await expect(inspector.getByTestId('counts-red')).toContainText('1');
  });

  let itemId = '';
  await test.step('the inspection office assigns the item: person in charge, leader, deadline', async () => {
    await inspector.getByTestId('item-row-problem').filter({ hasText: finding }).click();
    await expect(inspector.getByTestId('item-status')).toHaveText('立项');
    itemId = new URL(inspector.url()).pathname.split('/').pop()!;
    const form = await startAction(inspector, 'assign');
    await pickPerson(inspector, form.getByTestId('act-owner'), owner.name);
    await pickPerson(inspector, form.getByTestId('act-leader'), leader.name);
    await pickDate(form.getByTestId('act-deadline'), dayFromToday(60));
    await form.getByTestId('act-note').fill('请按期整改到位。');
    await form.getByTestId('act-submit').click();
    await expect(inspector.getByTestId('item-status')).toHaveText('已交办');
    await expect(inspector.getByTestId('item-owner')).toHaveText(owner.name);
    await expect(inspector.getByTestId('item-leader')).toHaveText(leader.name);
    await expect(inspector.getByTestId('stage-assigned')).toHaveAttribute('data-state', 'current');
  });

  const officer = await userPage(browser, OWNER);
  const pendingRequest = async () => {
    const link = officer.getByTestId('pending-signoff-link');
    await expect(link).toBeVisible();
    return (await link.getAttribute('href'))!.split('/').pop()!;
  };

  await test.step('the person in charge submits the plan, and it goes for approval', async () => {
    await openItem(officer, itemId);
    const form = await startAction(officer, 'submit_plan');
    await expect(form.getByTestId('act-measures')).toHaveValue('每月召开支委会，按季度上党课并如实记录');
    await form.getByTestId('act-target').fill('组织生活规范化，记录完整');
    await form.getByTestId('act-submit').click();
    await expect(officer.getByTestId('item-status')).toHaveText('方案审批');
    await expect(officer.getByTestId('pending-signoff')).toContainText('方案审批');
  });

  await test.step('the signers approve the plan in their inboxes', async () => {
    const approvedBy = await approveThroughInbox(browser, request, owner, await pendingRequest());
    expect(approvedBy.length).toBeGreaterThan(0);
    await untilStatus(officer, '整改中');
    await expect(officer.getByTestId('transition').filter({ hasText: '方案审批通过' })).toBeVisible();
  });

  await test.step('the person in charge puts evidence on record and submits for acceptance', async () => {
    const evidence = officer.getByTestId('evidence');
    await evidence.getByTestId('act-note').fill('支委会会议记录及照片');
    await evidence.getByTestId('act-files-input').setInputFiles([
      { name: '支委会记录.txt', mimeType: 'text/plain', buffer: Buffer.from('2026年支委会记录') },
      { name: '组织生活会纪要.txt', mimeType: 'text/plain', buffer: Buffer.from('组织生活会纪要') },
    ]);
    await expect(evidence.getByTestId('uploaded-file')).toHaveCount(2);
    await evidence.getByTestId('act-submit').click();
    await expect(evidence.getByTestId('evidence-entry')).toHaveCount(1);
    await expect(evidence.getByTestId('attachment-item')).toHaveCount(2);

    const form = await startAction(officer, 'submit_acceptance');
    await form.getByTestId('act-note').fill('已按方案完成整改，申请验收。');
    await form.getByTestId('act-submit').click();
    await officer.locator('.ant-modal-confirm').getByRole('button', { name: '提交验收' }).click();
    await expect(officer.getByTestId('item-status')).toHaveText('验收中');
    await expect(officer.getByTestId('pending-signoff')).toContainText('验收');
    await shot(officer, 'acceptance');
  });

  await test.step('the acceptance is signed off in the inboxes and the item is closed', async () => {
    await approveThroughInbox(browser, request, owner, await pendingRequest());
    await openItem(inspector, itemId);
    await untilStatus(inspector, '已销号');
    await expect(inspector.getByTestId('stage-closed')).toHaveAttribute('data-state', 'current');
    await expect(inspector.getByTestId('transition').filter({ hasText: '验收通过' })).toBeVisible();
    await shot(inspector, 'closed');
  });

  await test.step('the board shows the item closed and green, the overdue one red', async () => {
    await inspector.goto(batchUrl);
    await inspector.getByTestId('batch-board').click();
    await expect(inspector).toHaveURL(/\/rectification\/board\?batchId=/);
    const closed = inspector.getByTestId('board-item').filter({ hasText: finding });
    await expect(closed).toHaveAttribute('data-status', 'closed');
    await expect(closed).toHaveAttribute('data-light', 'green');
    await expect(inspector.getByTestId('board-item').filter({ hasText: overdue })).toHaveAttribute(
      'data-light',
      'red',
    );
    await expect(inspector.getByTestId('board-closed')).toHaveText('1');
    await expect(inspector.getByTestId('board-red')).toHaveText('1');
    await expect(inspector.getByTestId('board-timeline').locator('canvas')).toBeVisible();
    await shot(inspector, 'board');
  });

  await officer.context().close();
  await inspector.context().close();
});
