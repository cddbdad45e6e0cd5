import {
  type FindingSource,
  type ItemCategory,
  itemStatuses,
  type Seriousness,
} from '@bastion/rectification-contracts';

/**
 * The statuses the demo takes items to, in the order of the lifecycle: all but an item handed
 * over elsewhere and one an administrator terminated, which no branch's year shows.
 */
export const DEMO_STATUSES = itemStatuses.filter((s) => s !== 'handed_over' && s !== 'terminated');

/**
 * How far along the demo takes an item, each step through the service's API and the real
 * sign-offs; or fixed on the spot at registration.
 */
export type DemoStage = DemoStatus | 'fixed_on_spot';
export type DemoStatus = (typeof DEMO_STATUSES)[number];

export interface DemoItem {
  /** The responsible organisation, by its name in the demo organisation. */
  org: string;
  problem: string;
  category: ItemCategory;
  seriousness: Seriousness;
  /** Days from today; negative for a deadline already missed (taken over from the paper records). */
  deadlineInDays: number | null;
  stage: DemoStage;
  exempt?: boolean;
  namedSupervision?: boolean;
}

export interface DemoBatch {
  key: string;
  source: FindingSource;
  title: string;
  feedbackDaysAgo: number;
  /** The inspected organisation, by name. */
  inspected: string;
  /** The demo login that opens the batch and registers its items. */
  openedBy: string;
  items: DemoItem[];
}

/**
 * The rectification demo: a 巡察 batch the group's inspection office fed back to 青山林业局党委,
 * its items spread over the bureau's branches in every state (one overdue, one amber, one closed,
 * one fixed on the spot), and a self-inspection of 红星林场党支部 by its own secretary.
 */
export function rectificationDemoPlan(): DemoBatch[] {
  return [
    {
      key: 'patrol-qingshan-2026-1',
      source: 'inspection_patrol',
      title: '集团党委2026年第一轮巡察反馈问题（青山林业局党委）',
      feedbackDaysAgo: 20,
      inspected: '青山林业局党委',
      openedBy: 'group.inspection',
      items: [
        {
          org: '青山林业局红星林场党支部',
          problem: '“三会一课”记录不完整，部分支委会未按月召开',
          category: 'organisational',
          seriousness: 'general',
          deadlineInDays: 40,
          stage: 'in_progress',
        },
        {
          org: '青山林业局白石林场党支部',
          problem: '发展党员档案材料不齐全，部分政审材料缺失',
          category: 'organisational',
          seriousness: 'serious',
          deadlineInDays: 50,
          stage: 'plan_approval',
        },
        {
          org: '青山林业局东风林场党支部',
          problem: '党费收缴不及时、不足额',
          category: 'discipline',
          seriousness: 'general',
          deadlineInDays: 30,
          stage: 'assigned',
        },
        {
          org: '青山林业局碧水林场党支部',
          problem: '正式党员不足3人，未按规定组建联合党支部',
          category: 'organisational',
          seriousness: 'serious',
          deadlineInDays: null,
          stage: 'registered',
        },
        {
          org: '青山林业局机关党支部',
          problem: '落实中央八项规定精神不到位，公务接待存在超标准问题',
          category: 'conduct',
          seriousness: 'very_serious',
          deadlineInDays: 25,
          stage: 'acceptance',
          exempt: true,
        },
        {
          org: '青山林业局木材加工厂党支部',
          problem: '安全生产主体责任落实不力，隐患排查台账不全',
          category: 'business',
          seriousness: 'serious',
          deadlineInDays: 20,
          stage: 'closed',
        },
        {
          org: '青山林业局苗圃党支部',
          problem: '理论学习中心组学习流于形式',
          category: 'ideological',
          seriousness: 'general',
          deadlineInDays: -5,
          stage: 'registered',
        },
        {
          org: '青山林业局森林防火站党支部',
          problem: '森林防火责任制未落实到人，应急预案未演练',
          category: 'business',
          seriousness: 'serious',
          deadlineInDays: 35,
          stage: 'in_progress',
          namedSupervision: true,
        },
        {
          org: '青山林业局运输队党支部',
          problem: '车辆使用管理制度不健全',
          category: 'institutional',
          seriousness: 'general',
          deadlineInDays: null,
          stage: 'fixed_on_spot',
        },
        {
          org: '青山林业局党委',
          problem: '党委履行全面从严治党主体责任不到位，对基层党组织督促指导不够',
          category: 'political',
          seriousness: 'serious',
          deadlineInDays: 60,
          stage: 'assigned',
        },
        {
          org: '青山林业局红星林场党支部',
          problem: '党员教育管理台账不规范',
          category: 'organisational',
          seriousness: 'general',
          deadlineInDays: 3,
          stage: 'registered',
        },
        {
          org: '青山林业局木材加工厂党支部',
          problem: '工会经费使用不规范',
          category: 'discipline',
          seriousness: 'general',
          deadlineInDays: 45,
          stage: 'registered',
        },
      ],
    },
    {
      key: 'self-hongxing-2026',
      source: 'self_inspection',
      title: '红星林场党支部2026年度自查问题',
      feedbackDaysAgo: 5,
      inspected: '青山林业局红星林场党支部',
      openedBy: 'branch1.secretary',
      items: [
        {
          org: '青山林业局红星林场党支部',
          problem: '主题党日活动形式单一，党员参与度不高',
          category: 'organisational',
          seriousness: 'general',
          deadlineInDays: 30,
          stage: 'registered',
        },
        {
          org: '青山林业局红星林场党支部',
          problem: '党员积分管理制度未落实',
          category: 'institutional',
          seriousness: 'general',
          deadlineInDays: 45,
          stage: 'assigned',
        },
        {
          org: '青山林业局红星林场党支部',
          problem: '支部委员分工不明确',
          category: 'organisational',
          seriousness: 'general',
          deadlineInDays: null,
          stage: 'fixed_on_spot',
        },
      ],
    },
  ];
}
