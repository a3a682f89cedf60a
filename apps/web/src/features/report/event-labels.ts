// What an adjustment was, in Chinese: the event types sectionAdjustments can answer (every record
// kind's facts). A type this list does not know yet is shown as it is rather than hidden.

const EVENT_LABELS: Readonly<Record<string, string>> = {
  VolunteerActivityRecorded: '新增志愿服务活动',
  VolunteerActivityCorrected: '更正志愿服务活动',
  VolunteerActivityVoided: '作废志愿服务活动',
  CoBuildingAgreementSigned: '签订党建翼联协议',
  CoBuildingAgreementRenewed: '续签党建翼联协议',
  CoBuildingAgreementTerminated: '终止党建翼联协议',
  DonationCampaignLaunched: '发起爱心一日捐',
  DonationCampaignClosed: '结束爱心一日捐',
  DonationCampaignVoided: '作废爱心一日捐',
  UnionDonationRecorded: '登记部门工会捐款',
  UnionDonationCorrected: '更正部门工会捐款',
  UnionDonationVoided: '作废部门工会捐款',
  ReliefGranted: '发放帮困',
  'ReliefGranted.v2': '发放帮困',
  ReliefGrantCorrected: '更正帮困发放',
  ReliefGrantVoided: '作废帮困发放',
  ExamSentinelShiftRecorded: '新增考务哨兵记录',
  ExamSentinelShiftCorrected: '更正考务哨兵记录',
  ExamSentinelShiftVoided: '作废考务哨兵记录',
  BoothOpened: '开设便民服务亭',
  BoothClosed: '关闭便民服务亭',
  BoothSessionRecorded: '登记服务亭值守',
  BoothSessionVoided: '作废服务亭值守',
  OrgUnitRegistered: '新增组织单位',
  OrgUnitRenamed: '组织单位更名',
  OrgUnitRetired: '组织单位撤销',
};

export function eventLabel(type: string): string {
  return EVENT_LABELS[type] ?? type;
}

/** The reason a correction or a void gave, when its data carries one. */
export function eventReason(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || !('reason' in data)) return undefined;
  const { reason } = data as { reason: unknown };
  return typeof reason === 'string' && reason.trim() !== '' ? reason : undefined;
}
