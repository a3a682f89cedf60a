// The independent recount and its random histories, shared by the recount property test and the
// editions' property test: the section of a year written straight from the raw events, without the
// production fold, and histories of records with corrections, voids, moves and renames. Texts come
// in the variants old events may hold (spaces, invisible characters, compatibility forms, 枫林街道):
// the recount compares them by the domain's canonical text, the one home of that rule.
import type { DomainEvent } from '@tracker/domain';
import { assertNever, canonicalText, formatFenAsYuan, formatHundredths, subdistrictName, VOLUNTEER_PROGRAMS } from '@tracker/domain';
import fc from 'fast-check';
import type { CommunityResponsibilitySection } from '../read-model/section.types';
import { activity, agreement, booth, campaign, donation, examShift, newId, orgUnit, reliefGrant, session } from './test-events';
// ---------------------------------------------------------------- the recount

type Facts = Record<string, unknown>;
const str = (v: unknown) => canonicalText(String(v));
const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const yearOfText = (date: unknown) => Number(String(date).slice(0, 4));
const yuan = (fen: number) => formatFenAsYuan(fen);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Current facts of every record of one kind: recorded data, then corrections laid over it (null clears), then voids. */
function records(events: readonly DomainEvent[], idKey: string, recorded: string, corrected?: string, voided?: string): Facts[] {
  const byId = new Map<string, Facts>();
  for (const e of events) {
    const data = e.data as Facts;
    const id = String(data[idKey]);
    if (e.type === recorded) byId.set(id, { ...data });
    else if (e.type === corrected) {
      const target = byId.get(id);
      const changes = (data['changes'] ?? data) as Facts;
      for (const [k, v] of Object.entries(changes)) {
        if (!target || k === idKey || k === 'reason' || k === 'campaignId') continue;
        if (v === null) delete target[k];
        else target[k] = v;
      }
    } else if (e.type === voided) {
      const target = byId.get(id);
      if (target) target['voided'] = true;
    }
  }
  return [...byId.values()];
}

export function recount(events: readonly DomainEvent[], year: number, scopeIds?: readonly string[]): CommunityResponsibilitySection {
  const parentOf = new Map<string, string | undefined>();
  for (const e of events) if (e.type === 'OrgUnitRegistered') parentOf.set(e.data.orgUnitId, e.data.parentId);
  const under = (id: string, ancestor: string): boolean => {
    for (let at: string | undefined = id, hops = 0; at !== undefined && hops < 100; at = parentOf.get(at), hops += 1) if (at === ancestor) return true;
    return false;
  };
  const ok = (id: unknown) => scopeIds === undefined || scopeIds.some((s) => under(String(id), s));

  const grants = records(events, 'grantId', 'ReliefGranted', 'ReliefGrantCorrected', 'ReliefGrantVoided').filter(
    (g) => !g['voided'] && yearOfText(g['grantedOn']) === year && ok(g['unionId']),
  );

  // A voided donation counts no more; a voided campaign is not listed, and none of its donations count.
  const campaignVoided = new Set(records(events, 'campaignId', 'DonationCampaignLaunched', undefined, 'DonationCampaignVoided').filter((c) => c['voided']).map((c) => c['campaignId']));
  const donations = records(events, 'donationId', 'UnionDonationRecorded', 'UnionDonationCorrected', 'UnionDonationVoided').filter((d) => !d['voided'] && !campaignVoided.has(d['campaignId']));
  const campaigns = records(events, 'campaignId', 'DonationCampaignLaunched')
    .filter((c) => c['year'] === year && !campaignVoided.has(c['campaignId']))
    .sort((a, b) => byText(String(a['launchedOn']), String(b['launchedOn'])) || byText(String(a['campaignId']), String(b['campaignId'])))
    .map((c) => ({ c, mine: donations.filter((d) => d['campaignId'] === c['campaignId'] && (ok(c['organizerId']) || ok(d['unionId']))) }))
    .filter(({ c, mine }) => ok(c['organizerId']) || mine.length > 0)
    .map(({ c, mine }) => ({
      campaignId: String(c['campaignId']),
      name: String(c['name']),
      fen: mine.reduce((t, d) => t + num(d['amountFen']), 0),
      donorCount: mine.reduce((t, d) => t + num(d['donorCount']), 0),
      unionCount: new Set(mine.map((d) => d['unionId'])).size,
    }));

  const acts = records(events, 'activityId', 'VolunteerActivityRecorded', 'VolunteerActivityCorrected', 'VolunteerActivityVoided').filter(
    (a) => !a['voided'] && yearOfText(a['startDate']) === year && ok(a['organizerId']),
  );
  const sales = (a: Facts) => (a['charitySales'] ?? {}) as Facts;
  const hoursIn = (basis: string) => formatHundredths(acts.filter((a) => a['timeBasis'] === basis).reduce((t, a) => t + num(a['volunteerHoursHundredths']), 0));

  const agreementsSigned = records(events, 'agreementId', 'CoBuildingAgreementSigned').filter((a) => ok(a['branchId']));
  const renewals = new Map<string, string>();
  const terminations = new Map<string, string>();
  for (const e of events) {
    if (e.type === 'CoBuildingAgreementRenewed') renewals.set(e.data.agreementId, e.data.validUntil);
    if (e.type === 'CoBuildingAgreementTerminated') terminations.set(e.data.agreementId, e.data.terminatedOn);
  }
  const activeAgreements = agreementsSigned.filter((a) => {
    const id = String(a['agreementId']);
    const until = renewals.get(id) ?? (a['validUntil'] as string | undefined);
    const ends = [until, terminations.get(id)].filter((d): d is string => d !== undefined);
    return String(a['signedOn']) <= `${year}-12-31` && ends.every((d) => d >= `${year}-01-01`);
  });

  const shifts = records(events, 'shiftId', 'ExamSentinelShiftRecorded', 'ExamSentinelShiftCorrected', 'ExamSentinelShiftVoided').filter(
    (s) => !s['voided'] && yearOfText(s['examDate']) === year && ok(s['organizerId']),
  );

  const hosts = new Map(records(events, 'boothId', 'BoothOpened').map((b) => [String(b['boothId']), b['hostId']]));
  const sessions = records(events, 'sessionId', 'BoothSessionRecorded', undefined, 'BoothSessionVoided').filter(
    (s) => !s['voided'] && yearOfText(s['date']) === year && ok(hosts.get(String(s['boothId']))),
  );

  const programs = VOLUNTEER_PROGRAMS.map((program) => acts.filter((a) => a['program'] === program)).filter((list) => list.length > 0);
  return {
    year,
    charity: {
      relief: { personTimes: grants.reduce((t, g) => t + num(g['personTimes']), 0), amount: yuan(grants.reduce((t, g) => t + num(g['amountFen']), 0)) },
      campaigns: campaigns.map(({ fen, ...rest }) => ({ ...rest, amount: yuan(fen) })).map(({ campaignId, name, amount, donorCount, unionCount }) => ({ campaignId, name, amount, donorCount, unionCount })),
      donatedTotal: yuan(campaigns.reduce((t, c) => t + c.fen, 0)),
    },
    volunteering: {
      activities: {
        count: acts.length,
        personTimes: acts.reduce((t, a) => t + num(a['personTimes']), 0),
        volunteerHours: formatHundredths(acts.reduce((t, a) => t + num(a['volunteerHoursHundredths']), 0)),
        sites: new Set(acts.map((a) => str(a['site']))).size,
        subdistricts: [...new Set(acts.filter((a) => a['subdistrict'] !== undefined).map((a) => subdistrictName(String(a['subdistrict']))))].sort(byText),
        serviceItems: [...new Set(acts.flatMap((a) => (a['serviceItems'] as string[]).map(str)))].sort(byText),
        beneficiaries: acts.reduce((t, a) => t + num(a['beneficiaries']), 0),
        charitySalesCount: acts.reduce((t, a) => t + num(sales(a)['transactions']), 0),
        charitySalesAmount: yuan(acts.reduce((t, a) => t + num(sales(a)['amountFen']), 0)),
        byProgram: programs.map((list) => ({
          program: String(list[0]?.['program']),
          count: list.length,
          personTimes: list.reduce((t, a) => t + num(a['personTimes']), 0),
          sites: new Set(list.map((a) => str(a['site']))).size,
          subdistricts: [...new Set(list.filter((a) => a['subdistrict'] !== undefined).map((a) => subdistrictName(String(a['subdistrict']))))].sort(byText),
          serviceItems: [...new Set(list.flatMap((a) => (a['serviceItems'] as string[]).map(str)))].sort(byText),
        })),
      },
      agreements: {
        signed: agreementsSigned.filter((a) => yearOfText(a['signedOn']) === year).length,
        active: activeAgreements.length,
        partners: new Set(activeAgreements.flatMap((a) => (a['partners'] as { name: string }[]).map((p) => str(p.name)))).size,
      },
      examSentinel: {
        exams: new Set(shifts.map((s) => `${str(s['examName'])}|${String(s['examDate'])}`)).size,
        sites: new Set(shifts.map((s) => str(s['site']))).size,
        supports: shifts.reduce((t, s) => t + num(s['supporters']), 0),
      },
      booths: {
        booths: new Set(sessions.map((s) => s['boothId'])).size,
        sessions: sessions.length,
        peopleServed: sessions.reduce((t, s) => t + num(s['peopleServed']), 0),
        volunteerPersonTimes: sessions.reduce((t, s) => t + num(s['volunteers']), 0),
      },
    },
    b4si: {
      companyTimeHours: hoursIn('WORKING_HOURS'),
      ownTimeHours: hoursIn('OWN_TIME'),
      employeeGiving: yuan(campaigns.reduce((t, c) => t + c.fen, 0)),
      unionRelief: yuan(grants.reduce((t, g) => t + num(g['amountFen']), 0)),
    },
  };
}

// ---------------------------------------------------------------- random histories

export const YEARS = [2022, 2023, 2024] as const;
const SITES = ['甲', ' 甲', '甲\u200b', '乙 ', '乙\u3000', '丙'];
const SUBDISTRICTS = ['枫林', ' 枫林', '枫林街道', '枫\uF9F4', '枫\u200d林', '湖南', '湖南\u2060', '华泾镇'];
const ITEMS = ['咨询', ' 咨询', '咨\u00ad询', '反诈', '义卖'];
const PARTNERS = ['长丰坊', '寿益坊', ' 寿益坊', '寿益坊\u200b', '虹南居委'];
const EXAMS = ['春季高考', '中职考试', ' 春季高考', '春季\u2060高考'];
const BASES = ['WORKING_HOURS', 'OWN_TIME'] as const;

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
const date = fc.record({ y: pick(YEARS), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 3 }) }).map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-0${d}`);
const org = fc.nat(3);
const target = fc.nat(1000);

export const op = fc.oneof(
  fc.record({ k: fc.constant('act' as const), org, program: pick(['LEI_FENG', 'ANTI_FRAUD', 'OTHER'] as const), date, site: pick(SITES), sub: fc.option(pick(SUBDISTRICTS), { nil: undefined }), items: fc.subarray(ITEMS), basis: pick(BASES), pt: fc.integer({ min: 1, max: 9 }), hours: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }), ben: fc.option(fc.nat(40), { nil: undefined }), sales: fc.option(fc.record({ transactions: fc.integer({ min: 1, max: 30 }), amountFen: fc.integer({ min: 1, max: 99999 }), recipient: fc.constant('红十字会') }), { nil: undefined }) }),
  fc.record({ k: fc.constant('actFix' as const), target, startDate: fc.option(date, { nil: undefined }), site: fc.option(pick(SITES), { nil: undefined }), subdistrict: fc.option(fc.option(pick(SUBDISTRICTS), { nil: null }), { nil: undefined }), personTimes: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }), organizer: fc.option(org, { nil: undefined }), serviceItems: fc.option(fc.subarray(ITEMS), { nil: undefined }), timeBasis: fc.option(pick(BASES), { nil: undefined }), hours: fc.option(fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }), { nil: undefined }), clearSales: fc.boolean() }),
  fc.record({ k: fc.constant('actVoid' as const), target }),
  fc.record({ k: fc.constant('relief' as const), org, date, fen: fc.integer({ min: 1, max: 500000 }), pt: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ k: fc.constant('reliefFix' as const), target, grantedOn: fc.option(date, { nil: undefined }), amountFen: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: undefined }), personTimes: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }) }),
  fc.record({ k: fc.constant('reliefVoid' as const), target }),
  fc.record({ k: fc.constant('exam' as const), org, name: pick(EXAMS), date, site: pick(SITES), sup: fc.integer({ min: 1, max: 9 }) }),
  fc.record({ k: fc.constant('examFix' as const), target, examName: fc.option(pick(EXAMS), { nil: undefined }), examDate: fc.option(date, { nil: undefined }), site: fc.option(pick(SITES), { nil: undefined }), supporters: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }) }),
  fc.record({ k: fc.constant('examVoid' as const), target }),
  fc.record({ k: fc.constant('agr' as const), org, signedOn: date, validYears: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }), partners: fc.uniqueArray(pick(PARTNERS), { minLength: 1, selector: canonicalText }) }),
  fc.record({ k: fc.constant('agrRenew' as const), target, years: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ k: fc.constant('agrTerm' as const), target, on: date }),
  fc.record({ k: fc.constant('camp' as const), org, year: pick(YEARS), launchedOn: date }),
  fc.record({ k: fc.constant('don' as const), target, org, fen: fc.integer({ min: 1, max: 900000 }), donors: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ k: fc.constant('donFix' as const), target, fen: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: undefined }), donors: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }) }),
  fc.record({ k: fc.constant('donVoid' as const), target }),
  fc.record({ k: fc.constant('campVoid' as const), target }),
  fc.record({ k: fc.constant('booth' as const), org }),
  fc.record({ k: fc.constant('sess' as const), target, date, vol: fc.integer({ min: 1, max: 5 }), people: fc.nat(30) }),
  fc.record({ k: fc.constant('sessVoid' as const), target }),
  fc.record({ k: fc.constant('rename' as const), org }),
);
export type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/**
 * A random history over a fresh org tree R → (A → A1, B), told in one or more goes: `take` turns
 * ops into events, each go continuing the records of the earlier ones. Ops naming a missing target
 * are dropped.
 */
export function history() {
  const [R, A, A1, B] = [newId(), newId(), newId(), newId()] as const;
  const units = [R, A, A1, B];
  const tree: DomainEvent[] = [orgUnit(R, `局${R.slice(0, 6)}`, 'BUREAU'), orgUnit(A, 'A', 'UNION', R), orgUnit(A1, 'A1', 'SUB_BUREAU', A), orgUnit(B, 'B', 'PARTY_BRANCH', R)];
  const live = { act: [] as string[], relief: [] as string[], exam: [] as string[], agr: [] as { id: string; signedOn: string; until?: string }[], camp: [] as string[], don: [] as [string, string][], booth: [] as string[], sess: [] as [string, string][] };
  const at = <T>(list: T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);
  const unit = (i: number) => units[i % units.length] as string;
  let renames = 0;
  const take = (ops: readonly Op[]): DomainEvent[] => {
    const events: DomainEvent[] = [];
    for (const o of ops) {
      switch (o.k) {
        case 'act': {
          const e = activity(unit(o.org), { program: o.program, startDate: o.date, endDate: o.date, site: o.site, serviceItems: o.items, timeBasis: o.basis, personTimes: o.pt, ...(o.sub === undefined ? {} : { subdistrict: o.sub }), ...(o.hours === undefined ? {} : { volunteerHoursHundredths: o.hours }), ...(o.ben === undefined ? {} : { beneficiaries: o.ben }), ...(o.sales === undefined ? {} : { charitySales: o.sales }) });
          live.act.push(e.data.activityId);
          events.push(e);
          break;
        }
        case 'actFix': {
          const id = at(live.act, o.target);
          if (!id) break;
          const changes = Object.fromEntries(
            Object.entries({ startDate: o.startDate, endDate: o.startDate, site: o.site, subdistrict: o.subdistrict, personTimes: o.personTimes, serviceItems: o.serviceItems, timeBasis: o.timeBasis, volunteerHoursHundredths: o.hours, organizerId: o.organizer === undefined ? undefined : unit(o.organizer), charitySales: o.clearSales ? null : undefined }).filter(([, v]) => v !== undefined),
          );
          events.push({ type: 'VolunteerActivityCorrected', data: { activityId: id, changes, reason: '更正' } });
          break;
        }
        case 'actVoid': {
          const i = live.act.length === 0 ? -1 : o.target % live.act.length;
          if (i < 0) break;
          events.push({ type: 'VolunteerActivityVoided', data: { activityId: live.act.splice(i, 1)[0] as string, reason: '作废' } });
          break;
        }
        case 'relief': {
          const e = reliefGrant(unit(o.org), { grantedOn: o.date, amountFen: o.fen, personTimes: o.pt });
          live.relief.push(e.data.grantId);
          events.push(e);
          break;
        }
        case 'reliefFix': {
          const id = at(live.relief, o.target);
          const changes = Object.fromEntries(Object.entries({ grantedOn: o.grantedOn, amountFen: o.amountFen, personTimes: o.personTimes }).filter(([, v]) => v !== undefined));
          if (id) events.push({ type: 'ReliefGrantCorrected', data: { grantId: id, changes, reason: '更正' } });
          break;
        }
        case 'reliefVoid': {
          if (live.relief.length > 0) events.push({ type: 'ReliefGrantVoided', data: { grantId: live.relief.splice(o.target % live.relief.length, 1)[0] as string, reason: '作废' } });
          break;
        }
        case 'exam': {
          const e = examShift(unit(o.org), { examName: o.name, examDate: o.date, site: o.site, supporters: o.sup });
          live.exam.push(e.data.shiftId);
          events.push(e);
          break;
        }
        case 'examFix': {
          const id = at(live.exam, o.target);
          const changes = Object.fromEntries(Object.entries({ examName: o.examName, examDate: o.examDate, site: o.site, supporters: o.supporters }).filter(([, v]) => v !== undefined));
          if (id) events.push({ type: 'ExamSentinelShiftCorrected', data: { shiftId: id, changes, reason: '更正' } });
          break;
        }
        case 'examVoid': {
          if (live.exam.length > 0) events.push({ type: 'ExamSentinelShiftVoided', data: { shiftId: live.exam.splice(o.target % live.exam.length, 1)[0] as string, reason: '作废' } });
          break;
        }
        case 'agr': {
          const until = o.validYears === undefined ? undefined : `${yearOfText(o.signedOn) + o.validYears}-12-31`;
          const e = agreement(unit(o.org), o.partners, { signedOn: o.signedOn, ...(until === undefined ? {} : { validUntil: until }) });
          live.agr.push({ id: e.data.agreementId, signedOn: o.signedOn, ...(until === undefined ? {} : { until }) });
          events.push(e);
          break;
        }
        case 'agrRenew': {
          const a = at(live.agr, o.target);
          if (!a || a.until === undefined) break;
          a.until = `${yearOfText(a.until) + o.years}-12-31`;
          events.push({ type: 'CoBuildingAgreementRenewed', data: { agreementId: a.id, validUntil: a.until } });
          break;
        }
        case 'agrTerm': {
          const i = live.agr.length === 0 ? -1 : o.target % live.agr.length;
          const a = live.agr[i];
          if (!a || o.on < a.signedOn) break;
          live.agr.splice(i, 1);
          events.push({ type: 'CoBuildingAgreementTerminated', data: { agreementId: a.id, terminatedOn: o.on, reason: '终止' } });
          break;
        }
        case 'camp': {
          const e = campaign(unit(o.org), { year: o.year, launchedOn: o.launchedOn, name: `捐${live.camp.length}` });
          live.camp.push(e.data.campaignId);
          events.push(e);
          break;
        }
        case 'don': {
          const c = at(live.camp, o.target);
          if (!c) break;
          const e = donation(c, unit(o.org), { amountFen: o.fen, donorCount: o.donors });
          live.don.push([c, e.data.donationId]);
          events.push(e);
          break;
        }
        case 'donFix': {
          const d = at(live.don, o.target);
          if (!d) break;
          events.push({ type: 'UnionDonationCorrected', data: { campaignId: d[0], donationId: d[1], reason: '更正', ...(o.fen === undefined ? {} : { amountFen: o.fen }), ...(o.donors === undefined ? {} : { donorCount: o.donors }) } });
          break;
        }
        case 'donVoid': {
          if (live.don.length === 0) break;
          const [c, d] = live.don.splice(o.target % live.don.length, 1)[0] as [string, string];
          events.push({ type: 'UnionDonationVoided', data: { campaignId: c, donationId: d, reason: '重复录入' } });
          break;
        }
        case 'campVoid': {
          // As the decider does it: the campaign's donations still counted first, then the campaign.
          if (live.camp.length === 0) break;
          const c = live.camp.splice(o.target % live.camp.length, 1)[0] as string;
          for (const [campaignId, donationId] of live.don.filter(([campaignId]) => campaignId === c)) {
            events.push({ type: 'UnionDonationVoided', data: { campaignId, donationId, reason: '重复发起' } });
          }
          live.don = live.don.filter(([campaignId]) => campaignId !== c);
          events.push({ type: 'DonationCampaignVoided', data: { campaignId: c, reason: '重复发起' } });
          break;
        }
        case 'booth': {
          const e = booth(unit(o.org));
          live.booth.push(e.data.boothId);
          events.push(e);
          break;
        }
        case 'sess': {
          const b = at(live.booth, o.target);
          if (!b) break;
          const e = session(b, { date: o.date, volunteers: o.vol, peopleServed: o.people });
          live.sess.push([b, e.data.sessionId]);
          events.push(e);
          break;
        }
        case 'sessVoid': {
          if (live.sess.length === 0) break;
          const [b, s] = live.sess.splice(o.target % live.sess.length, 1)[0] as [string, string];
          events.push({ type: 'BoothSessionVoided', data: { boothId: b, sessionId: s, reason: '作废' } });
          break;
        }
        case 'rename': {
          renames += 1;
          events.push({ type: 'OrgUnitRenamed', data: { orgUnitId: unit(o.org), name: `改名${renames}` } });
          break;
        }
        default:
          assertNever(o);
      }
    }
    return events;
  };
  return { tree, take, units: { R, A, A1, B }, scopes: [[R], [A], [A1], [B], [A1, B]] as string[][] };
}

/** The whole history in one go: the org tree and the ops' events. */
export function interpret(ops: readonly Op[]): { events: DomainEvent[]; scopes: string[][] } {
  const h = history();
  return { events: [...h.tree, ...h.take(ops)], scopes: h.scopes };
}

