/**
 * MAU pricing of user pools under the feature plans (Lite, Essentials, Plus),
 * free of React. Every price and free tier comes from `PRICING` in the
 * engine's facts, with its source, date and whether it is confirmed.
 */
import { PRICING, type Fact } from '../../../../simulator/facts';

export type Plan = (typeof PRICING.featurePlans.value)[number];
export const PLANS: readonly Plan[] = PRICING.featurePlans.value;

/** The facts a plan's price is made of. */
export interface PlanPricing {
  freeMau: Fact<number>;
  perMauUsd: Fact<number>;
}

/** The free tier and per-MAU price of a plan, as facts. */
export function planPricing(plan: Plan): PlanPricing {
  switch (plan) {
    case 'Lite':
      return { freeMau: PRICING.freeTierMau, perMauUsd: PRICING.liteFirstTierPerMauUsd };
    case 'Essentials':
      return { freeMau: PRICING.freeTierMau, perMauUsd: PRICING.essentialsPerMauUsd };
    case 'Plus':
      return { freeMau: PRICING.plusFreeTierMau, perMauUsd: PRICING.plusPerMauUsd };
  }
}

/** A month's user-pool MAU cost. */
export interface MonthlyCost {
  plan: Plan;
  mau: number;
  freeMau: number;
  billableMau: number;
  perMauUsd: number;
  /** Cost in US dollars, rounded to the cent. */
  costUsd: number;
  /** Whether any price used is marked unconfirmed in the facts. */
  unconfirmed: boolean;
}

/**
 * The monthly cost of `mau` monthly active users (direct and social sign-in)
 * on `plan`: MAUs above the plan's free tier times its per-MAU price.
 *
 * Lite's lower rate above its first tier is not applied: the facts hold the
 * rate but not where the tier ends, so Lite results for large pools are an
 * upper bound. Federated (SAML/OIDC) MAUs, machine-to-machine clients and
 * SMS (billed by Amazon SNS) are not included.
 */
export function monthlyCost({ plan, mau }: { plan: Plan; mau: number }): MonthlyCost {
  if (!Number.isInteger(mau) || mau < 0) throw new RangeError('MAU must be a whole number, 0 or more.');
  const { freeMau, perMauUsd } = planPricing(plan);
  const billableMau = Math.max(0, mau - freeMau.value);
  // Work in ten-thousandths of a cent to keep the sum exact before rounding to the cent.
  const scale = 1_000_000;
  const costUsd = Math.round((billableMau * Math.round(perMauUsd.value * scale)) / (scale / 100)) / 100;
  return {
    plan,
    mau,
    freeMau: freeMau.value,
    billableMau,
    perMauUsd: perMauUsd.value,
    costUsd,
    unconfirmed: Boolean(freeMau.unconfirmed || perMauUsd.unconfirmed),
  };
}
