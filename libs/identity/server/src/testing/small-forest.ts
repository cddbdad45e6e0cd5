import type { IdentityDataset } from '../lib/dataset/identity-dataset';

export const TEST_PASSWORD = 'Forest#Test2026';

type Person = IdentityDataset['people'][number];

const full = (admissionDate: string, standingDate: string): Person['membership'] => ({
  status: 'full',
  admissionDate,
  standingDate,
});

/**
 * A small tree for tests:
 *
 *   group (committee) ── bureau (committee) ── farms (general branch) ── farmA (branch) ── groupA (party group)
 *        │                     │                                    └── farmB (branch)
 *        │                     └── mill (branch)
 *        └── township (committee, may not approve) ── village (branch)
 *   other (committee) ── otherBranch (branch)
 *
 * Each person with a login is named after what they hold; all share TEST_PASSWORD.
 */
export function smallForest(): IdentityDataset {
  const orgs: IdentityDataset['orgs'] = [
    { key: 'group', parentKey: null, kind: 'committee', name: '测试森工集团党委' },
    { key: 'bureau', parentKey: 'group', kind: 'committee', name: '测试林业局党委' },
    { key: 'farms', parentKey: 'bureau', kind: 'general_branch', name: '测试林场党总支' },
    { key: 'farmA', parentKey: 'farms', kind: 'branch', name: '甲林场党支部' },
    { key: 'groupA', parentKey: 'farmA', kind: 'party_group', name: '甲林场第一党小组' },
    { key: 'farmB', parentKey: 'farms', kind: 'branch', name: '乙林场党支部' },
    { key: 'mill', parentKey: 'bureau', kind: 'branch', name: '木材加工厂党支部' },
    { key: 'township', parentKey: 'group', kind: 'committee', name: '测试镇党委', mayApprove: false },
    { key: 'village', parentKey: 'township', kind: 'branch', name: '测试村党支部' },
    { key: 'other', parentKey: null, kind: 'committee', name: '另一集团党委' },
    { key: 'otherBranch', parentKey: 'other', kind: 'branch', name: '另一集团机关党支部' },
  ];
  const people: Person[] = [
    {
      key: 'groupSecretary',
      name: '高书记',
      gender: 'male',
      orgKey: 'mill',
      membership: full('1995-07-01', '1996-07-01'),
    },
    {
      key: 'groupOrgDept',
      name: '郑组织',
      gender: 'female',
      orgKey: 'mill',
      membership: full('2001-07-01', '2002-07-01'),
    },
    {
      key: 'bureauOrgDept',
      name: '林组织',
      gender: 'male',
      orgKey: 'mill',
      membership: full('2003-07-01', '2004-07-01'),
    },
    {
      key: 'farmsSecretary',
      name: '周总支',
      gender: 'male',
      orgKey: 'farmA',
      membership: full('2005-07-01', '2006-07-01'),
    },
    {
      key: 'farmASecretary',
      name: '王甲书',
      gender: 'male',
      orgKey: 'farmA',
      idNumber: '110101199003074477',
      phone: '13800000001',
      membership: full('2010-07-01', '2011-07-01'),
    },
    {
      key: 'farmAOfficer',
      name: '李组委',
      gender: 'female',
      orgKey: 'farmA',
      membership: full('2012-07-01', '2013-07-01'),
    },
    {
      key: 'farmAMember1',
      name: '赵一',
      gender: 'male',
      orgKey: 'farmA',
      membership: full('2015-01-10', '2016-01-10'),
    },
    {
      key: 'farmAMember2',
      name: '钱二',
      gender: 'female',
      orgKey: 'farmA',
      membership: full('2016-01-10', '2017-01-10'),
    },
    {
      key: 'farmAMember3',
      name: '孙三',
      gender: 'male',
      orgKey: 'farmA',
      membership: full('2017-01-10', '2018-01-10'),
    },
    {
      key: 'farmAMember4',
      name: '李四',
      gender: 'male',
      orgKey: 'farmA',
      membership: {
        status: 'full',
        admissionDate: '2018-01-10',
        standingDate: '2019-01-10',
        votingRights: false,
      },
    },
    {
      key: 'farmAProbationary',
      name: '周五',
      gender: 'female',
      orgKey: 'farmA',
      membership: { status: 'probationary', admissionDate: '2026-03-01' },
    },
    { key: 'farmAApplicant', name: '吴六', gender: 'male', orgKey: 'farmA', idNumber: '11010519491231002X' },
    {
      key: 'farmBSecretary',
      name: '冯乙书',
      gender: 'male',
      orgKey: 'farmB',
      membership: full('2009-07-01', '2010-07-01'),
    },
    {
      key: 'farmBMember',
      name: '陈乙员',
      gender: 'female',
      orgKey: 'farmB',
      membership: full('2014-07-01', '2015-07-01'),
    },
    {
      key: 'villageSecretary',
      name: '褚村书',
      gender: 'male',
      orgKey: 'village',
      membership: full('2008-07-01', '2009-07-01'),
    },
    {
      key: 'otherSecretary',
      name: '卫外书',
      gender: 'female',
      orgKey: 'otherBranch',
      idNumber: '110101198001010029',
      membership: full('2007-07-01', '2008-07-01'),
    },
  ];
  const since = '2024-01-01';
  const offices: IdentityDataset['offices'] = [
    { personKey: 'groupSecretary', orgKey: 'group', role: 'secretary', fromDate: since },
    { personKey: 'groupOrgDept', orgKey: 'group', role: 'org_department', fromDate: since },
    { personKey: 'bureauOrgDept', orgKey: 'bureau', role: 'org_department', fromDate: since },
    { personKey: 'farmsSecretary', orgKey: 'farms', role: 'secretary', fromDate: since },
    { personKey: 'farmASecretary', orgKey: 'farmA', role: 'secretary', fromDate: since },
    { personKey: 'farmAOfficer', orgKey: 'farmA', role: 'organisation_officer', fromDate: since },
    { personKey: 'farmAMember1', orgKey: 'groupA', role: 'group_leader', fromDate: since },
    // An office that has ended grants nothing.
    {
      personKey: 'farmAMember2',
      orgKey: 'farmA',
      role: 'secretary',
      fromDate: '2018-01-01',
      toDate: '2023-12-31',
    },
    { personKey: 'farmBSecretary', orgKey: 'farmB', role: 'secretary', fromDate: since },
    { personKey: 'villageSecretary', orgKey: 'village', role: 'secretary', fromDate: since },
    { personKey: 'otherSecretary', orgKey: 'otherBranch', role: 'secretary', fromDate: since },
  ];
  const logins = [
    'groupSecretary',
    'groupOrgDept',
    'bureauOrgDept',
    'farmsSecretary',
    'farmASecretary',
    'farmAOfficer',
    'farmAMember1',
    'farmAMember2',
    'farmBSecretary',
    'otherSecretary',
  ];
  const users: IdentityDataset['users'] = [
    { username: 'admin', password: TEST_PASSWORD, displayName: '管理员', isAdmin: true },
    ...logins.map((key) => ({ username: key.toLowerCase(), personKey: key, password: TEST_PASSWORD })),
  ];
  return { orgs, people, offices, users };
}
