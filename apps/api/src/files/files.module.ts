import { Module } from '@nestjs/common';
import { SectionEditionReader } from '../editions/section-edition.reader';
import { LedgersExport } from './exports/ledgers-export';
import { FilesController } from './files.controller';
import { ImportRunner } from './imports/import-runner';
import { LookalikeRecords } from './imports/lookalike-records';
import { ImportTemplates } from './templates/import-templates';

/** /files: import templates, imports (dry run and all-or-nothing), the ledgers workbook and the section in Word (live, or of a published edition). */
@Module({
  controllers: [FilesController],
  providers: [ImportRunner, ImportTemplates, LedgersExport, LookalikeRecords, SectionEditionReader],
})
export class FilesModule {}
