import { ConcurrencyError, InMemoryEventStore, type NewEvent } from '@tracker/event-store';
import { MeasuredEventStore } from './measured-event-store';
import { isPoolStats } from './pool-stats';
import { TrackerMetrics } from './tracker-metrics';

const event = (n: number): NewEvent => {
  const eventId = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return { eventId, type: 'MetricsTestEventRecorded', data: { n }, metadata: { eventId, recordedAt: '2024-03-05T08:00:00.000Z', recordedBy: 'test', correlationId: 'test' } };
};

/** The value of one sample line of the scrape, or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('the measuring event store', () => {
  it('counts and times appends by outcome and counts the events written, and changes nothing of what the store answers', async () => {
    const metrics = new TrackerMetrics();
    const store = new MeasuredEventStore(new InMemoryEventStore(), metrics);
    const first = await store.appendToStream('test-1', [event(1), event(2)], { expectedVersion: 'no_stream' });
    expect(first).toMatchObject({ nextExpectedVersion: 2, written: true });
    expect(await store.appendToStream('test-1', [event(1), event(2)], { expectedVersion: 'no_stream' })).toMatchObject({ written: false });
    await expect(store.appendToStream('test-1', [event(3)], { expectedVersion: 1 })).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await store.readStream('test-1')).map((e) => e.eventId)).toEqual([event(1).eventId, event(2).eventId]);

    const text = await metrics.scrape();
    expect(sample(text, 'tracker_event_store_appends_total{outcome="written"}')).toBe(1);
    expect(sample(text, 'tracker_event_store_appends_total{outcome="repeat"}')).toBe(1);
    expect(sample(text, 'tracker_event_store_appends_total{outcome="conflict"}')).toBe(1);
    expect(sample(text, 'tracker_event_store_appended_events_total')).toBe(2);
    expect(sample(text, 'tracker_event_store_append_duration_seconds_count{outcome="written"}')).toBe(1);
  });
});

describe('the scrape-time gauges', () => {
  it('read each pool and the projections when scraped', async () => {
    const metrics = new TrackerMetrics();
    const pool = { totalCount: 4, idleCount: 1, waitingCount: 2 };
    metrics.watchPool('event_store', () => pool);
    metrics.watchPool('read_model', () => undefined);
    let state: 'RUNNING' | 'FAILED' = 'RUNNING';
    metrics.watchProjections(async () => [{ name: 'community_responsibility', state, lag: 7, projecting: true }]);

    let text = await metrics.scrape();
    expect(sample(text, 'tracker_db_pool_connections{pool="event_store"}')).toBe(4);
    expect(sample(text, 'tracker_db_pool_idle_connections{pool="event_store"}')).toBe(1);
    expect(sample(text, 'tracker_db_pool_waiting_requests{pool="event_store"}')).toBe(2);
    expect(sample(text, 'tracker_db_pool_connections{pool="read_model"}')).toBeUndefined();
    expect(sample(text, 'tracker_projection_lag_events{projection="community_responsibility"}')).toBe(7);
    expect(sample(text, 'tracker_projection_state{projection="community_responsibility",state="RUNNING"}')).toBe(1);
    expect(sample(text, 'tracker_projection_state{projection="community_responsibility",state="FAILED"}')).toBe(0);

    pool.waitingCount = 0;
    state = 'FAILED';
    text = await metrics.scrape();
    expect(sample(text, 'tracker_db_pool_waiting_requests{pool="event_store"}')).toBe(0);
    expect(sample(text, 'tracker_projection_state{projection="community_responsibility",state="FAILED"}')).toBe(1);
  });

  it('leave the projection series out when the status cannot be read, rather than report stale values', async () => {
    const metrics = new TrackerMetrics();
    let fail = false;
    metrics.watchProjections(async () => {
      if (fail) throw new Error('connection terminated');
      return [{ name: 'community_responsibility', state: 'RUNNING', lag: 0, projecting: false }];
    });
    expect(sample(await metrics.scrape(), 'tracker_projection_leader{projection="community_responsibility"}')).toBe(0);
    fail = true;
    expect(sample(await metrics.scrape(), 'tracker_projection_leader{projection="community_responsibility"}')).toBeUndefined();
  });

  it('recognise what a pg Pool tells about itself', () => {
    expect(isPoolStats({ totalCount: 1, idleCount: 0, waitingCount: 0 })).toBe(true);
    expect(isPoolStats({ totalCount: '1' })).toBe(false);
    expect(isPoolStats(undefined)).toBe(false);
  });
});
