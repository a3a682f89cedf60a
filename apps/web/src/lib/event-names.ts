// What each event did, in Chinese, in one table. A record's 历史 says what was done to it (更正);
// an edition's adjustments, which mix every kind of record, say to what as well (更正志愿服务活动).

interface EventName {
  /** What was done, as the record's own 历史 says it. */
  readonly done: string;
  /** What was done to what, as a list of every kind's events says it. */
  readonly label: string;
}

const EVENT_NAMES: Readonly<Record<string, EventName>> = {
  VolunteerActivityRecorded: { done: '登记', label: '登记志愿服务活动' },
  VolunteerActivityCorrected: { done: '更正', label: '更正志愿服务活动' },
  VolunteerActivityVoided: { done: '作废', label: '作废志愿服务活动' },
  CoBuildingAgreementSigned: { done: '签订', label: '签订党建翼联协议' },
  CoBuildingAgreementRenewed: { done: '续签', label: '续签党建翼联协议' },
  CoBuildingAgreementTerminated: { done: '终止', label: '终止党建翼联协议' },
  DonationCampaignLaunched: { done: '发起', label: '发起爱心一日捐' },
  DonationCampaignClosed: { done: '结束', label: '结束爱心一日捐' },
  DonationCampaignVoided: { done: '作废', label: '作废爱心一日捐' },
  UnionDonationRecorded: { done: '登记', label: '登记部门工会捐款' },
  UnionDonationCorrected: { done: '更正', label: '更正部门工会捐款' },
  UnionDonationVoided: { done: '作废', label: '作废部门工会捐款' },
  ReliefGranted: { done: '发放', label: '发放帮困' },
  // The same fact, written in the event's second version.
  'ReliefGranted.v2': { done: '发放', label: '发放帮困' },
  ReliefGrantCorrected: { done: '更正', label: '更正帮困发放' },
  ReliefGrantVoided: { done: '作废', label: '作废帮困发放' },
  ExamSentinelShiftRecorded: { done: '登记', label: '登记考务哨兵记录' },
  ExamSentinelShiftCorrected: { done: '更正', label: '更正考务哨兵记录' },
  ExamSentinelShiftVoided: { done: '作废', label: '作废考务哨兵记录' },
  BoothOpened: { done: '启用', label: '启用服务亭' },
  BoothClosed: { done: '停用', label: '停用服务亭' },
  // On the booth's page, beside 启用 and 停用, the session's own events say they are a service.
  BoothSessionRecorded: { done: '登记服务', label: '登记服务亭服务' },
  BoothSessionVoided: { done: '作废服务', label: '作废服务亭服务' },
  OrgUnitRegistered: { done: '新增', label: '新增组织单位' },
  OrgUnitRenamed: { done: '更名', label: '组织单位更名' },
  OrgUnitRetired: { done: '撤销', label: '撤销组织单位' },
};

/** What was done to a record, for its 历史; 变更 for a type this table does not know yet. */
export function eventDone(type: string): string {
  return EVENT_NAMES[type]?.done ?? '变更';
}

/** What was done to what (更正志愿服务活动); a type this table does not know yet is shown as it is rather than hidden. */
export function eventLabel(type: string): string {
  return EVENT_NAMES[type]?.label ?? type;
}
