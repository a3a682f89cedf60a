import { Module } from '@nestjs/common';
import { RenewCoBuildingAgreementHandler } from './renew-co-building-agreement/renew-co-building-agreement.handler';
import { RenewCoBuildingAgreementResolver } from './renew-co-building-agreement/renew-co-building-agreement.resolver';
import { SignCoBuildingAgreementHandler } from './sign-co-building-agreement/sign-co-building-agreement.handler';
import { SignCoBuildingAgreementResolver } from './sign-co-building-agreement/sign-co-building-agreement.resolver';
import { TerminateCoBuildingAgreementHandler } from './terminate-co-building-agreement/terminate-co-building-agreement.handler';
import { TerminateCoBuildingAgreementResolver } from './terminate-co-building-agreement/terminate-co-building-agreement.resolver';

/** 党建翼联 co-building agreements: sign, renew, terminate. */
@Module({
  providers: [
    SignCoBuildingAgreementHandler,
    SignCoBuildingAgreementResolver,
    RenewCoBuildingAgreementHandler,
    RenewCoBuildingAgreementResolver,
    TerminateCoBuildingAgreementHandler,
    TerminateCoBuildingAgreementResolver,
  ],
})
export class CoBuildingAgreementsModule {}
