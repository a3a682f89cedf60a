import { type DynamicModule, Global, Module } from '@nestjs/common';
import { READ_YOUR_WRITES } from '../command-handling/read-your-writes';
import { clusterPeerChannel } from './checkpoint-peers';
import { ProjectionAdminResolver } from './projection-admin.resolver';
import { ProjectionRuntime } from './projection-runtime';
import { PEER_CHANNEL, READ_MODEL_URL } from './projections.tokens';

/** The read model and its projector, available to every module (mutations wait on it). */
@Global()
@Module({})
export class ProjectionsModule {
  static forRoot(readModelUrl: string): DynamicModule {
    return {
      module: ProjectionsModule,
      providers: [
        { provide: READ_MODEL_URL, useValue: readModelUrl },
        { provide: PEER_CHANNEL, useFactory: clusterPeerChannel },
        ProjectionRuntime,
        { provide: READ_YOUR_WRITES, useExisting: ProjectionRuntime },
        ProjectionAdminResolver,
      ],
      exports: [ProjectionRuntime, READ_YOUR_WRITES],
    };
  }
}
