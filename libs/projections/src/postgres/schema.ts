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
export function generationDdl(generation: number, options: { readonly withoutIndexes?: boolean } = {}): string[] {
  // Since the section reads the running totals, nothing looks record rows up by year any more:
  // new generations skip migration 1's (year, unit) indexes, which only slowed every insert.
  const { tables, indexes } = rowTableStatements(generation, { yearIndexes: false });
  return [...tables, ...(options.withoutIndexes === true ? [] : indexes), ...summaryDdl(`"${generationSchema(generation)}"`)];
}

/**
 * The record tables' secondary indexes (the ledgers'), which `rebuild()` builds once the rows are
 * in: one sorted build is far cheaper than keeping them up to date row by row (a GIN index most of all),
 * and the projector itself only ever looks rows up by id.
 */
export function generationIndexDdl(generation: number): string[] {
  return rowTableStatements(generation, { yearIndexes: false }).indexes;
}

/**
 * What `rebuild()` runs on a filled generation before its switch, each statement independent of
 * the others: statistics for every table (a generation filled in minutes has none, and the
 * section's plan needs them), and a VACUUM of the tables with secondary indexes, whose visibility
 * map lets a ledger's count read its index alone. The versions and the stream/year index are only
 * scanned or probed: ANALYZE spares them a pass that rewrites every page.
 */
export function settleDdl(generation: number): string[] {
  const s = `"${generationSchema(generation)}"`;
  const indexed = new Set(generationIndexDdl(generation).flatMap((statement) => /^CREATE INDEX ON \S+\.(\w+)/.exec(statement)?.[1] ?? []));
  for (const statement of summaryDdl(s)) {
    const table = /^CREATE INDEX ON \S+\.(\w+)/.exec(statement)?.[1];
    if (table) indexed.add(table);
  }
  return createdTables(generationDdl(generation)).map((table) => (indexed.has(table) ? `VACUUM (ANALYZE) ${s}.${table}` : `ANALYZE ${s}.${table}`));
}

/**
 * The temporal read model (read-model/versions.ts): every row table keeps when its rows' current
 * versions began, and a table of the versions they replaced, with when those ended. Positions
 * are the log's; times are milliseconds since the epoch, compared as the fold compares them.
 */
export const VERSION_COLUMNS = { beganPosition: 'version_position', beganAt: 'version_at', endedPosition: 'ended_position', endedAt: 'ended_at' } as const;

/** The table of the replaced versions of `table`'s rows. */
export const versionsTable = (table: string): string => `${table}_versions`;

/**
 * The versions table of row table `name` in schema `s` (quoted): its columns (a copy, without its
 * constraints: the row table checked each version as it was written) and when each version ended.
 */
export const versionsDdl = (s: string, name: string, table = 'TABLE'): string[] => [
  `CREATE ${table} IF NOT EXISTS ${s}.${versionsTable(name)} AS SELECT * FROM ${s}.${name} WITH NO DATA`,
  `ALTER TABLE ${s}.${versionsTable(name)} ADD COLUMN IF NOT EXISTS ${VERSION_COLUMNS.endedPosition} bigint NOT NULL, ADD COLUMN IF NOT EXISTS ${VERSION_COLUMNS.endedAt} bigint NOT NULL`,
  versionsEndedIndexDdl(s, name),
];

/**
 * The index of the versions that ended after an instant, which is what `asOf` asks of every
 * versions table (temporal-sql.ts): without it each question scanned them whole (100k versions at
 * 1M events, ~0.1 s), though an instant near the present finds almost none. Named, and IF NOT
 * EXISTS, so that migration 8 gives it to the generations made before; a rebuild builds it after its load.
 */
export const versionsEndedIndexDdl = (s: string, name: string): string =>
  `CREATE INDEX IF NOT EXISTS ${versionsEndedIndex(name)} ON ${s}.${versionsTable(name)} (${VERSION_COLUMNS.endedAt})`;

/** That index's name (in the generation's schema). */
export const versionsEndedIndex = (name: string): string => `${versionsTable(name)}_ended_idx`;

/** The tables some of `statements` create, read off them so that none can be missed. */
const createdTables = (statements: readonly string[]): string[] => statements.flatMap((statement) => /^CREATE TABLE (?:IF NOT EXISTS )?\S+\.(\w+)/.exec(statement)?.[1] ?? []);

/** The row tables of a generation (without their versions tables). */
export const rowTableNames = (): string[] => createdTables(rowTableStatements(1, { yearIndexes: false }).tables).filter((name) => !name.endsWith('_versions'));

/** Columns every record row keeps for the ledgers (read-model/rows.ts RecordStamp). */
const STAMP = `recorded_position bigint NOT NULL, recorded_at text NOT NULL, recorded_by text NOT NULL, corrected_at text`;
/** And those of a voidable record (VoidFacts). */
const VOID_FACTS = `voided boolean NOT NULL, void_reason text, voided_at text`;

/**
 * The name of the function that cuts a search key into its two-character pieces, in schema `s`
 * (quoted). A GIN index over it finds the records holding every piece of the words searched for,
 * Chinese included, with no extension (pg_trgm is not in every PostgreSQL, and ignores CJK
 * characters under a C locale); the ledger query then checks the whole words (postgres/ledger-sql.ts).
 */
export const gramsFunction = (s: string): string => `${s}.ledger_grams`;

/** The schema and record-row tables of a generation, with their indexes; migration 1 created them with the year indexes. */
export function rowTablesDdl(generation: number, options: { readonly yearIndexes: boolean }): string[] {
  const { tables, indexes } = rowTableStatements(generation, options);
  return [...tables, ...indexes];
}

function rowTableStatements(generation: number, options: { readonly yearIndexes: boolean }): { tables: string[]; indexes: string[] } {
  const s = `"${generationSchema(generation)}"`;
  const table = 'TABLE';
  const yearIndex = (statement: string) => (options.yearIndexes ? [statement] : []);
  const grams = gramsFunction(s);
  // A ledger page: the year's records of a unit, by date then recorded order; `voided` rides along
  // so that the page's count reads the index alone.
  const ledgerIndex = (name: string, columns: string, include = '') => [
    `CREATE INDEX ON ${s}.${name} (${columns})${include}`,
    `CREATE INDEX ON ${s}.${name} USING gin (${grams}(search_text))`,
  ];
  // When each row's version began (VERSION_COLUMNS), on every row table.
  const since = `${VERSION_COLUMNS.beganPosition} bigint NOT NULL, ${VERSION_COLUMNS.beganAt} bigint NOT NULL`;
  const statements = [
    `CREATE SCHEMA ${s}`,
    `CREATE FUNCTION ${grams}(key text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT coalesce(array_agg(DISTINCT substr(key, i, 2)), '{}') FROM generate_series(1, length(key) - 1) AS i $$`,
    `CREATE ${table} ${s}.org_units (id text PRIMARY KEY, parent_id text, name text NOT NULL, kind text NOT NULL, retired boolean NOT NULL, ${since})`,
    `CREATE INDEX ON ${s}.org_units (parent_id)`,
    `CREATE ${table} ${s}.volunteer_activities (
      id text PRIMARY KEY, organizer_id text NOT NULL, organizer_path text[] NOT NULL, program text NOT NULL, title text NOT NULL,
      start_date text NOT NULL, end_date text NOT NULL, year integer NOT NULL, site text NOT NULL, subdistrict text,
      service_items text[] NOT NULL, person_times integer NOT NULL, volunteer_hours_hundredths bigint, time_basis text NOT NULL,
      beneficiaries integer, agreement_id text, charity_sales_transactions integer, charity_sales_amount_fen bigint, charity_sales_recipient text,
      ${VOID_FACTS}, ${STAMP}, search_text text NOT NULL, ${since})`,
    ...yearIndex(`CREATE INDEX ON ${s}.volunteer_activities (year, organizer_id)`),
    ...ledgerIndex('volunteer_activities', 'year, organizer_id, start_date, recorded_position', ' INCLUDE (voided)'),
    `CREATE ${table} ${s}.co_building_agreements (
      id text PRIMARY KEY, branch_id text NOT NULL, branch_path text[] NOT NULL, signed_on text NOT NULL, valid_until text, terminated_on text,
      termination_reason text, partner_names text[] NOT NULL, partner_kinds text[] NOT NULL, commitments text[] NOT NULL, ${STAMP}, search_text text NOT NULL, ${since})`,
    ...ledgerIndex('co_building_agreements', 'branch_id, signed_on, recorded_position'),
    `CREATE ${table} ${s}.donation_campaigns (
      id text PRIMARY KEY, name text NOT NULL, organizer_id text NOT NULL, organizer_path text[] NOT NULL, year integer NOT NULL,
      launched_on text NOT NULL, closed boolean NOT NULL, closed_on text, ${VOID_FACTS}, ${STAMP}, search_text text NOT NULL, ${since})`,
    `CREATE INDEX ON ${s}.donation_campaigns (year)`,
    `CREATE ${table} ${s}.union_donations (
      id text PRIMARY KEY, campaign_id text NOT NULL, union_id text NOT NULL, union_path text[] NOT NULL, amount_fen bigint NOT NULL,
      donor_count integer NOT NULL, received_on text NOT NULL, ${VOID_FACTS}, ${STAMP}, search_text text NOT NULL, ${since})`,
    // A campaign's donations, for its ledger entry and the duplicate check.
    `CREATE INDEX ON ${s}.union_donations (campaign_id)`,
    `CREATE ${table} ${s}.relief_grants (
      id text PRIMARY KEY, union_id text NOT NULL, union_path text[] NOT NULL, granted_on text NOT NULL, year integer NOT NULL, amount_fen bigint NOT NULL,
      person_times integer NOT NULL, category text NOT NULL, ${VOID_FACTS}, ${STAMP}, search_text text NOT NULL, ${since})`,
    ...yearIndex(`CREATE INDEX ON ${s}.relief_grants (year, union_id)`),
    ...ledgerIndex('relief_grants', 'year, union_id, granted_on, recorded_position', ' INCLUDE (voided)'),
    `CREATE ${table} ${s}.exam_sentinel_shifts (
      id text PRIMARY KEY, organizer_id text NOT NULL, organizer_path text[] NOT NULL, exam_name text NOT NULL, exam_date text NOT NULL, year integer NOT NULL,
      site text NOT NULL, supporters integer NOT NULL, ${VOID_FACTS}, ${STAMP}, search_text text NOT NULL, ${since})`,
    ...yearIndex(`CREATE INDEX ON ${s}.exam_sentinel_shifts (year, organizer_id)`),
    ...ledgerIndex('exam_sentinel_shifts', 'year, organizer_id, exam_date, recorded_position', ' INCLUDE (voided)'),
    `CREATE ${table} ${s}.booths (
      id text PRIMARY KEY, name text NOT NULL, kind text NOT NULL, host_id text NOT NULL, host_path text[] NOT NULL, subdistrict text NOT NULL,
      location text NOT NULL, opened_on text NOT NULL, closed_on text, ${STAMP}, search_text text NOT NULL, ${since})`,
    `CREATE INDEX ON ${s}.booths (host_id)`,
    `CREATE ${table} ${s}.booth_sessions (
      id text PRIMARY KEY, booth_id text NOT NULL, date text NOT NULL, year integer NOT NULL, volunteers integer NOT NULL,
      people_served integer NOT NULL, services text[] NOT NULL, ${VOID_FACTS}, ${STAMP}, ${since})`,
    ...yearIndex(`CREATE INDEX ON ${s}.booth_sessions (year, booth_id)`),
    // A booth's sessions of a year, by date: its ledger entry and the duplicate check.
    `CREATE INDEX ON ${s}.booth_sessions (booth_id, date)`,
  ];
  // The replaced versions of each row table's rows (read-model/versions.ts).
  for (const name of createdTables(statements)) statements.push(...versionsDdl(s, name, table));
  // Split by kind of statement, so that a rebuild can defer the indexes (generationIndexDdl).
  const isIndex = (statement: string) => statement.startsWith('CREATE INDEX');
  return { tables: statements.filter((statement) => !isIndex(statement)), indexes: statements.filter(isIndex) };
}

/**
 * The section's running totals (read-model/section-totals.ts) and the stream/year index `asOf`
 * reads. Part of every generation since migration 2; `s` is the quoted schema name.
 */
export function summaryDdl(s: string): string[] {
  const table = 'TABLE';
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
