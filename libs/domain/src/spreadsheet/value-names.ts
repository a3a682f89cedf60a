// The Chinese names of the enum values a spreadsheet holds (项目类别, 时间性质, 类别): one table per
// enum, read by the import templates (their 说明 sheet and drop-down lists), the import parser and
// the ledger exports alike.
import type { BoothKind } from '../booth/booth.events';
import type { ReliefCategory } from '../relief-grant/relief-grant.events';
import type { TimeBasis, VolunteerProgram } from '../volunteer-activity/volunteer-activity.events';

export const VOLUNTEER_PROGRAM_NAMES: Readonly<Record<VolunteerProgram, string>> = {
  LEI_FENG: '学雷锋',
  COMMUNITY_SERVICE: '社区服务',
  ELDERLY_CARE: '为老服务',
  DIGITAL_INCLUSION: '数字助老',
  ANTI_FRAUD: '反诈宣传',
  PUBLIC_WELFARE: '公益服务',
  OTHER: '其他',
};

export const TIME_BASIS_NAMES: Readonly<Record<TimeBasis, string>> = {
  WORKING_HOURS: '工作时间',
  OWN_TIME: '业余时间',
};

export const RELIEF_CATEGORY_NAMES: Readonly<Record<ReliefCategory, string>> = {
  SERIOUS_ILLNESS: '大病',
  LIVING_HARDSHIP: '生活困难',
  DISASTER: '灾害',
  OTHER: '其他',
};

export const BOOTH_KIND_NAMES: Readonly<Record<BoothKind, string>> = {
  HELLO_LAOYOU: 'Hello老友亭',
  LEI_FENG_KIOSK: '雷锋亭',
  VOLUNTEER_KIOSK: '志愿服务亭',
};

/** The Chinese name of `code` in `names`, or the code itself when it is not one (a value from a newer writer). */
export function nameOf(names: Readonly<Record<string, string>>, code: string): string {
  return names[code] ?? code;
}

/** The value whose Chinese name (or code, as the API writes it) is `text`; undefined when none is. */
export function valueNamed<T extends string>(names: Readonly<Record<T, string>>, text: string): T | undefined {
  const wanted = text.trim();
  const entries = Object.entries(names) as [T, string][];
  return entries.find(([, name]) => name === wanted)?.[0] ?? entries.find(([code]) => code === wanted.toUpperCase())?.[0];
}
