import { tryParseYuanToFen } from '@tracker/domain';
import { ValidateBy } from 'class-validator';

/**
 * A single 部门工会 remittance above 1,000万 yuan is a typing error (an extra digit or two), and the
 * cap keeps every campaign total a safe integer of fen. Format and "> 0" stay the domain's rules.
 */
export const DONATION_AMOUNT_MAX_YUAN = 10_000_000;

export const AtMostYuan = (label: string, maxYuan: number) =>
  ValidateBy({
    name: 'atMostYuan',
    validator: {
      // Malformed text is left to the Decimal scalar and the decider, which say what is wrong with it.
      validate: (value: unknown) => {
        const fen = tryParseYuanToFen(value);
        return fen === undefined || fen <= maxYuan * 100;
      },
      defaultMessage: () => `${label} may be at most ${maxYuan} yuan`,
    },
  });
