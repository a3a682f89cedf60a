// Names and DDL of the read model. Shared tables live in `public`; each generation of the read
// tables lives in its own schema `read_model_g<N>`, so a rebuild fills fresh tables while queries
// keep reading the active ones, then flips the one-row pointer (blue/green).

export const PROJECTION_NAME = 'community_responsibility';

export const generationSchema = (generation: number): string => {
  if (!Number.isSafeInteger(generation) || generation < 1) throw new RangeError(`bad read-model generation ${generation}`);
  return `read_model_g${generation}`;
};

/**
 * The read tables of one generation, in their CURRENT shape. Migrations call it for generation 1;
 * `rebuild()` calls it for every new generation. A later change of the read tables should ship as
 * a new version of this DDL plus a rebuild, rather than an ALTER of the live generation.
 */
export function generationDdl(generation: number, options: { readonly unlogged?: boolean } = {}): string[] {
  // Since the section reads the running totals, nothing looks record rows up by year any more:
  // new generations skip migration 1's (year, unit) indexes, which only slowed every insert.
  const unlogged = options.unlogged === true;
  return [...rowTablesDdl(generation, { yearIndexes: false, unlogged }), ...summaryDdl(`"${generationSchema(generation)}"`, unlogged)];
}

/**
 * `rebuild()` fills a generation UNLOGGED (no WAL per row), then makes every table LOGGED before
 * the switch, so a live generation is always crash-safe.
 */
export function loggedDdl(generation: number): string[] {
  const s = `"${generationSchema(generation)}"`;
  // Every table generationDdl creates, read off its statements so that no table can be missed.
  const tables = generationDdl(generation).flatMap((statement) => /^CREATE (?:UNLOGGED )?TABLE \S+\.(\w+)/.exec(statement)?.[1] ?? []);
  // ANALYZE too: a generation filled in minutes has no statistics yet, and the section's plan needs them.
  return tables.flatMap((table) => [`ALTER TABLE ${s}.${table} SET LOGGED`, `ANALYZE ${s}.${table}`]);
}

/** The schema and record-row tables of a generation; migration 1 created them with the year indexes. */
export function rowTablesDdl(generation: number, options: { readonly yearIndexes: boolean; readonly unlogged?: boolean }): string[] {
  const s = `"${generationSchema(generation)}"`;
  const table = options.unlogged === true ? 'UNLOGGED TABLE' : 'TABLE';
  const yearIndex = (statement: string) => (options.yearIndexes ? [statement] : []);
  return [
    `CREATE SCHEMA ${s}`,
    `CREATE ${table} ${s}.org_units (id text PRIMARY KEY, parent_id text, name text NOT NULL, kind text NOT NULL, retired boolean NOT NULL)`,
    `CREATE INDEX ON ${s}.org_units (parent_id)`,
    `CREATE ${table} ${s}.volunteer_activities (
      id text PRIMARY KEY, organizer_id text NOT NULL, program text NOT NULL, title text NOT NULL,
      start_date text NOT NULL, year integer NOT NULL, site text NOT NULL, subdistrict text,
      service_items text[] NOT NULL, person_times integer NOT NULL, volunteer_hours_hundredths bigint, time_basis text NOT NULL,
      beneficiaries integer, charity_sales_transactions integer, charity_sales_amount_fen bigint, voided boolean NOT NULL)`,
    ...yearIndex(`CREATE INDEX ON ${s}.volunteer_activities (year, organizer_id)`),
    `CREATE ${table} ${s}.co_building_agreements (
      id text PRIMARY KEY, branch_id text NOT NULL, signed_on text NOT NULL, valid_until text, terminated_on text,
      partner_names text[] NOT NULL)`,
    `CREATE ${table} ${s}.donation_campaigns (
      id text PRIMARY KEY, name text NOT NULL, organizer_id text NOT NULL, year integer NOT NULL, launched_on text NOT NULL, closed boolean NOT NULL)`,
    `CREATE INDEX ON ${s}.donation_campaigns (year)`,
    `CREATE ${table} ${s}.union_donations (
      id text PRIMARY KEY, campaign_id text NOT NULL, union_id text NOT NULL, amount_fen bigint NOT NULL,
      donor_count integer NOT NULL, received_on text NOT NULL)`,
    ...yearIndex(`CREATE INDEX ON ${s}.union_donations (campaign_id)`),
    `CREATE ${table} ${s}.relief_grants (
      id text PRIMARY KEY, union_id text NOT NULL, granted_on text NOT NULL, year integer NOT NULL, amount_fen bigint NOT NULL,
      person_times integer NOT NULL, category text NOT NULL, voided boolean NOT NULL)`,
    ...yearIndex(`CREATE INDEX ON ${s}.relief_grants (year, union_id)`),
    `CREATE ${table} ${s}.exam_sentinel_shifts (
      id text PRIMARY KEY, organizer_id text NOT NULL, exam_name text NOT NULL, exam_date text NOT NULL, year integer NOT NULL,
      site text NOT NULL, supporters integer NOT NULL, voided boolean NOT NULL)`,
    ...yearIndex(`CREATE INDEX ON ${s}.exam_sentinel_shifts (year, organizer_id)`),
    `CREATE ${table} ${s}.booths (
      id text PRIMARY KEY, name text NOT NULL, kind text NOT NULL, host_id text NOT NULL, subdistrict text NOT NULL,
      opened_on text NOT NULL, closed_on text)`,
    `CREATE ${table} ${s}.booth_sessions (
      id text PRIMARY KEY, booth_id text NOT NULL, date text NOT NULL, year integer NOT NULL, volunteers integer NOT NULL,
      people_served integer NOT NULL, voided boolean NOT NULL)`,
    ...yearIndex(`CREATE INDEX ON ${s}.booth_sessions (year, booth_id)`),
  ];
}

/**
 * The section's running totals (read-model/section-totals.ts) and the stream/year index `asOf`
 * reads. Part of every generation since migration 2; `s` is the quoted schema name.
 */
export function summaryDdl(s: string, unlogged = false): string[] {
  const table = unlogged ? 'UNLOGGED TABLE' : 'TABLE';
  return [
    `CREATE ${table} ${s}.section_sums (
      year integer NOT NULL, unit_id text NOT NULL, metric text NOT NULL, subject text NOT NULL, amount bigint NOT NULL,
      PRIMARY KEY (year, unit_id, metric, subject))`,
    `CREATE ${table} ${s}.section_distinct (
      year integer NOT NULL, unit_id text NOT NULL, metric text NOT NULL, subject text NOT NULL, value text NOT NULL, refs integer NOT NULL,
      PRIMARY KEY (year, unit_id, metric, subject, value))`,
    // For the open-ended agreements a section adds up over all years up to its own.
    `CREATE INDEX ON ${s}.section_sums (metric, year)`,
    `CREATE INDEX ON ${s}.section_distinct (metric, year)`,
    // Every year a stream's record was ever in (0 = read it for every year): \`asOf\` folds only these streams.
    `CREATE ${table} ${s}.stream_years (year integer NOT NULL, stream_id text NOT NULL, PRIMARY KEY (year, stream_id))`,
  ];
}
