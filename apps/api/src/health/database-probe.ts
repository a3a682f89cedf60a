/** Answers whether the database responds. Given to AppModule.forRoot (the runtime owns the pool). */
export interface DatabaseProbe {
  /** Resolves when `select 1` succeeds; rejects otherwise (including on timeout). */
  ping(): Promise<void>;
}

export const DATABASE_PROBE = Symbol('DATABASE_PROBE');
