import { Module } from '@nestjs/common';
import { CorrectVolunteerActivityHandler } from './correct-volunteer-activity/correct-volunteer-activity.handler';
import { CorrectVolunteerActivityResolver } from './correct-volunteer-activity/correct-volunteer-activity.resolver';
import { RecordVolunteerActivityHandler } from './record-volunteer-activity/record-volunteer-activity.handler';
import { RecordVolunteerActivityResolver } from './record-volunteer-activity/record-volunteer-activity.resolver';
import { VoidVolunteerActivityResolver } from './void-volunteer-activity/void-volunteer-activity.resolver';
import { ReferenceSnapshots } from './volunteer-activity-references';

@Module({
  providers: [
    ReferenceSnapshots,
    RecordVolunteerActivityHandler,
    RecordVolunteerActivityResolver,
    CorrectVolunteerActivityHandler,
    CorrectVolunteerActivityResolver,
    VoidVolunteerActivityResolver,
  ],
})
export class VolunteerActivitiesModule {}
