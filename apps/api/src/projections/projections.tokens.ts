/** Connection string of the PostgreSQL that holds the read model (the same database as the events, by default). */
export const READ_MODEL_URL = Symbol('READ_MODEL_URL');
/** How this process reaches the other workers of its tracker (checkpoint-peers.ts). */
export const PEER_CHANNEL = Symbol('PEER_CHANNEL');
