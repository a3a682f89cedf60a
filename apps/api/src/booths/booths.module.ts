import { Module } from '@nestjs/common';
import { CloseBoothHandler } from './close-booth/close-booth.handler';
import { CloseBoothResolver } from './close-booth/close-booth.resolver';
import { OpenBoothHandler } from './open-booth/open-booth.handler';
import { OpenBoothResolver } from './open-booth/open-booth.resolver';
import { RecordBoothSessionHandler } from './record-booth-session/record-booth-session.handler';
import { RecordBoothSessionResolver } from './record-booth-session/record-booth-session.resolver';
import { VoidBoothSessionHandler } from './void-booth-session/void-booth-session.handler';
import { VoidBoothSessionResolver } from './void-booth-session/void-booth-session.resolver';

/** Hello老友亭, 雷锋亭 and 志愿服务亭 booths: open, record and void sessions, close. */
@Module({
  providers: [
    OpenBoothHandler,
    OpenBoothResolver,
    RecordBoothSessionHandler,
    RecordBoothSessionResolver,
    VoidBoothSessionHandler,
    VoidBoothSessionResolver,
    CloseBoothHandler,
    CloseBoothResolver,
  ],
})
export class BoothsModule {}
