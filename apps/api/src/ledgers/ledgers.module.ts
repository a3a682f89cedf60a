import { Global, Module } from '@nestjs/common';
import { LedgerReader } from './ledger-reader';
import { Ledgers } from './ledgers';
import { LedgersResolver } from './ledgers.resolver';

/**
 * 台账 ledgers (docs/design.md §14): the list queries, and the ledger library every module may ask
 * (the payloads' duplicate warnings, the files' exports and imports).
 */
@Global()
@Module({
  providers: [Ledgers, LedgerReader, LedgersResolver],
  exports: [Ledgers],
})
export class LedgersModule {}
