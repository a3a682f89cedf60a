// One table names every event: what a record's 历史 says was done, and what a list of every kind's
// events says was done to what.
import { eventDone, eventLabel } from './event-names';

describe('event names', () => {
  it('say what was done, and what was done to what, from one entry', () => {
    expect(eventDone('VolunteerActivityCorrected')).toBe('更正');
    expect(eventLabel('VolunteerActivityCorrected')).toBe('更正志愿服务活动');
    expect(eventDone('BoothSessionRecorded')).toBe('登记服务');
    expect(eventLabel('BoothSessionRecorded')).toBe('登记服务亭服务');
    // The union's events too, which a record's 历史 used to call 变更.
    expect(eventDone('UnionDonationCorrected')).toBe('更正');
  });

  it('name the second version of an event as the first, and an event type not known yet plainly', () => {
    expect(eventLabel('ReliefGranted.v2')).toBe(eventLabel('ReliefGranted'));
    expect(eventDone('SomethingNew')).toBe('变更');
    expect(eventLabel('SomethingNew')).toBe('SomethingNew');
  });
});
