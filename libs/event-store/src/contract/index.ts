// Test-only entry: the shared contract suite defines jest describe/it blocks, so production
// code (which imports ../index.ts) must never load it.
export * from './event-store.contract';
export * from './naive-reader';
export * from './test-events';
