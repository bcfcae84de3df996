import { describe, expect, it } from 'vitest';
import { PRICING } from '../../../../simulator/facts';
import { monthlyCost, PLANS } from './pricing';

describe('monthlyCost', () => {
  it('computes a worked example by hand', () => {
    // Essentials, 25,000 MAU: the first 10,000 are free (PRICING.freeTierMau),
    // 15,000 are billed at $0.015 (PRICING.essentialsPerMauUsd): 15,000 × 0.015 = $225.00.
    expect(monthlyCost({ plan: 'Essentials', mau: 25_000 })).toMatchObject({ freeMau: 10_000, billableMau: 15_000, costUsd: 225 });
    // Plus, 25,000 MAU: no free tier, 25,000 × $0.020 = $500.00.
    expect(monthlyCost({ plan: 'Plus', mau: 25_000 })).toMatchObject({ freeMau: 0, billableMau: 25_000, costUsd: 500 });
    // Lite, 25,000 MAU: 15,000 × $0.0055 = $82.50.
    expect(monthlyCost({ plan: 'Lite', mau: 25_000 })).toMatchObject({ billableMau: 15_000, costUsd: 82.5 });
  });

  it('charges nothing within the free tier and rounds to the cent', () => {
    expect(monthlyCost({ plan: 'Essentials', mau: PRICING.freeTierMau.value }).costUsd).toBe(0);
    expect(monthlyCost({ plan: 'Lite', mau: 0 }).costUsd).toBe(0);
    // One MAU over on Lite: $0.0055 rounds to $0.01.
    expect(monthlyCost({ plan: 'Lite', mau: PRICING.freeTierMau.value + 1 }).costUsd).toBe(0.01);
    // Plus has no free tier: one MAU costs $0.02.
    expect(monthlyCost({ plan: 'Plus', mau: 1 }).costUsd).toBe(0.02);
  });

  it('says when prices are unconfirmed and refuses bad input', () => {
    for (const plan of PLANS) expect(monthlyCost({ plan, mau: 1 }).unconfirmed).toBe(true);
    expect(() => monthlyCost({ plan: 'Lite', mau: -1 })).toThrow(RangeError);
    expect(() => monthlyCost({ plan: 'Lite', mau: 1.5 })).toThrow(RangeError);
  });
});
