// Test-only helpers for deciders. Import by path (libs/domain/src/testing) from spec files only:
// they use jest globals, so production code must never reach them through @tracker/domain.
export * from './given-when-then';
