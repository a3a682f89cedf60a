import type { AllPosition } from '@tracker/event-store';

/**
 * Read your writes (docs/design.md §5): a mutation answers only once the projections have passed its
 * event, so the caller's next query already counts it. The projections module provides this.
 */
export interface ReadYourWrites {
  /** Resolves when the read model includes `position`; throws RecordedButNotYetCountedError after a bounded wait. */
  waitUntilCounted(position: AllPosition): Promise<void>;
}

export const READ_YOUR_WRITES = Symbol('READ_YOUR_WRITES');
