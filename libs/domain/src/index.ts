// The public API of @tracker/domain. Test helpers live in ./testing and are not exported here.
export * from './shared/errors';
export * from './shared/calendar-date';
export * from './shared/decimal';
export * from './shared/money';
export * from './shared/text';
export * from './shared/validation';
export * from './shared/subdistrict';
export * from './shared/equality';
export * from './shared/versioned-map';
export * from './shared/decider';
export * from './shared/org-unit-ref';
export * from './shared/agreement-ref';
export * from './shared/stream-id';
export * from './domain-event';
export * from './stored-event';

export * from './org-chart/org-chart.events';
export * from './org-chart/org-chart.commands';
export * from './org-chart/org-chart.decider';

export * from './volunteer-activity/volunteer-activity.events';
export * from './volunteer-activity/volunteer-activity.commands';
export * from './volunteer-activity/volunteer-activity.decider';

export * from './donation-campaign/donation-campaign.events';
export * from './donation-campaign/donation-campaign.commands';
export * from './donation-campaign/donation-campaign.decider';

export * from './relief-grant/relief-grant.events';
export * from './relief-grant/relief-grant.commands';
export * from './relief-grant/relief-grant.decider';
export { personalDataProblem } from './relief-grant/personal-data';

export * from './exam-sentinel-shift/exam-sentinel-shift.events';
export * from './exam-sentinel-shift/exam-sentinel-shift.commands';
export * from './exam-sentinel-shift/exam-sentinel-shift.decider';

export * from './booth/booth.events';
export * from './booth/booth.commands';
export * from './booth/booth.decider';

export * from './co-building-agreement/co-building-agreement.events';
export * from './co-building-agreement/co-building-agreement.commands';
export * from './co-building-agreement/co-building-agreement.decider';

export * from './spreadsheet/sheet-cell';
export * from './spreadsheet/value-names';
export * from './spreadsheet/cell-parsers';
export * from './spreadsheet/org-unit-lookup';
export * from './spreadsheet/import-sheets';
export * from './account/roles';
export * from './account/username';
export * from './account/password-policy';
export * from './account/account.events';
export * from './account/account.commands';
export * from './account/account.decider';

export * from './section-edition/section-edition.events';
export * from './section-edition/section-edition.commands';
export * from './section-edition/section-edition.decider';

export * from './subdistrict-list/subdistrict-list.events';
export * from './subdistrict-list/subdistrict-list.commands';
export * from './subdistrict-list/subdistrict-list.decider';
