import { Module } from '@nestjs/common';
import { VersionResolver } from './version.resolver';

@Module({ providers: [VersionResolver] })
export class VersionModule {}
