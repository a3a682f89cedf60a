/** Connection string of the PostgreSQL that holds the read model (the same database as the events, by default). */
export const READ_MODEL_URL = Symbol('READ_MODEL_URL');
