'use client';

/**
 * MAU pricing calculator: a plan and a number of monthly active users, the
 * month's cost with its breakdown, and the same MAU on every plan.
 */
import { useId, useState } from 'react';
import { monthlyCost, PLANS, type Plan } from '../_lib/pricing';

const inputClass = 'rounded-lg border border-border bg-background px-3 py-2 text-foreground';
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 });
const num = (n: number) => n.toLocaleString('en-US');

export function PricingCalculator({ defaultPlan }: { defaultPlan: Plan }) {
  const uid = useId();
  const [plan, setPlan] = useState<Plan>(defaultPlan);
  const [mauText, setMauText] = useState('25000');
  const mau = Number(mauText);
  const valid = mauText.trim() !== '' && Number.isInteger(mau) && mau >= 0;
  const result = valid ? monthlyCost({ plan, mau }) : null;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-4 rounded-xl border border-border bg-surface p-5">
        <label className="flex flex-col gap-1">
          <span className="font-medium">Feature plan</span>
          <select className={inputClass} value={plan} onChange={(e) => setPlan(e.target.value as Plan)}>
            {PLANS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">Monthly active users</span>
          <input
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            className={`${inputClass} w-44`}
            value={mauText}
            aria-invalid={!valid}
            aria-describedby={`${uid}-mau-help`}
            onChange={(e) => setMauText(e.target.value)}
          />
        </label>
        <p id={`${uid}-mau-help`} className="pb-2 text-sm text-muted">
          Users who sign in directly or through a social provider.
        </p>
      </div>

      <section aria-labelledby={`${uid}-result`} aria-live="polite" className="space-y-2">
        <h2 id={`${uid}-result`} className="text-2xl font-semibold tracking-tight">
          Monthly cost
        </h2>
        {result ? (
          <>
            <p className="text-3xl font-bold" data-testid="monthly-cost">
              {usd.format(result.costUsd)} per month
            </p>
            <p className="text-muted">
              {plan}: {num(result.mau)} MAU − {num(result.freeMau)} free = {num(result.billableMau)} billable × {usd.format(result.perMauUsd)} per MAU
              {result.unconfirmed ? ' (price unconfirmed)' : ''}.
            </p>
            {plan === 'Lite' ? (
              <p className="text-sm text-muted">
                Lite has a lower price above its first tier, but where that tier ends is not in our sources, so this Lite figure is an upper bound.
              </p>
            ) : null}
          </>
        ) : (
          <p role="alert" className="font-medium">
            ✗ Enter a whole number of monthly active users, 0 or more.
          </p>
        )}
      </section>

      {valid ? (
        <table className="w-full max-w-3xl border-collapse text-left">
          <caption className="pb-2 text-left text-lg font-semibold">{num(mau)} MAU on each plan</caption>
          <thead>
            <tr className="border-b border-border">
              <th scope="col" className="py-2 pr-4">Plan</th>
              <th scope="col" className="py-2 pr-4">Free MAU</th>
              <th scope="col" className="py-2 pr-4">Price per MAU</th>
              <th scope="col" className="py-2">Monthly cost</th>
            </tr>
          </thead>
          <tbody>
            {PLANS.map((p) => {
              const r = monthlyCost({ plan: p, mau });
              return (
                <tr key={p} className="border-b border-border">
                  <th scope="row" className="py-2 pr-4 font-medium">{p}</th>
                  <td className="py-2 pr-4">{num(r.freeMau)}</td>
                  <td className="py-2 pr-4">
                    {usd.format(r.perMauUsd)}
                    {r.unconfirmed ? ' (unconfirmed)' : ''}
                  </td>
                  <td className="py-2">{usd.format(r.costUsd)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
