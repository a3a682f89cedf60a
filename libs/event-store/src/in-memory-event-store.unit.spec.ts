import { describeEventStoreContract } from './contract';
import { InMemoryEventStore } from './in-memory-event-store';

describeEventStoreContract(
  'in-memory',
  async () => {
    const store = new InMemoryEventStore();
    const openEmptyStore = async () => {
      const empty = new InMemoryEventStore();
      return { store: empty, close: () => empty.close() };
    };
    return { store, openEmptyStore, teardown: () => store.close() };
  },
  {
    outOfOrderCommitsSkipReason:
      'in-memory appends are atomic and run one at a time, so no transaction can commit after a later one; the scenario needs real transactions (it runs against Postgres)',
  },
);
