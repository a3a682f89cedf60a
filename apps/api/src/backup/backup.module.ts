import { Module } from '@nestjs/common';
import { BackupController } from './backup.controller';

/** The logical backup of a running tracker (docs/design.md §19); the restore is the CLI's, before a first start. */
@Module({ controllers: [BackupController] })
export class BackupModule {}
