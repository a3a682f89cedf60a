import { describeEventStoreContract } from './contract';
import { InMemoryEventStore } from './in-memory-event-store';

describeEventStoreContract(
  'in-memory',
  async () => {
    const store = new InMemoryEventStore();
    return { store, teardown: () => store.close() };
  },
  {
    outOfOrderCommitsSkipReason:
      'in-memory appends are atomic and run one at a time, so no transaction can commit after a later one; the scenario needs real transactions (it runs against Postgres)',
  },
);
