import type { Metadata } from 'next';
import Link from 'next/link';
import { PRICING } from '../../../../simulator/facts';
import { PricingCalculator } from '../_components/PricingCalculator';
import { PLANS, planPricing } from '../_lib/pricing';

export const metadata: Metadata = { title: 'MAU pricing calculator', description: 'Estimate the monthly cost of an Amazon Cognito user pool on the Lite, Essentials and Plus feature plans.' };

const link = 'underline decoration-accent underline-offset-4 hover:decoration-2';
const defaultPlan = PLANS.find((p) => p === PRICING.defaultPlanForNewPools.value) ?? PLANS[0];
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const formatDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));

export default function PricingPage() {
  const facts = PLANS.flatMap((plan) => {
    const p = planPricing(plan);
    return [
      { name: `${plan}: free MAU per month`, fact: p.freeMau },
      { name: `${plan}: price per MAU (USD)`, fact: p.perMauUsd },
    ];
  });
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm text-muted">
          <Link href="/learn/" className={link}>
            Learn
          </Link>
          <span aria-hidden="true"> / </span>
          Tools
        </p>
        <h1 className="text-4xl font-bold tracking-tight">MAU pricing calculator</h1>
        <p className="max-w-2xl text-lg leading-relaxed text-muted">
          Estimate a user pool&apos;s monthly cost on the feature plans that took effect on {formatDate(PRICING.featurePlansEffective.value)}. New
          user pools default to {PRICING.defaultPlanForNewPools.value}. See the{' '}
          <Link href="/learn/pricing/" className={link}>
            pricing lesson
          </Link>{' '}
          for what counts as a monthly active user.
        </p>
        <p role="note" className="max-w-2xl rounded-lg border border-border bg-surface p-3">
          Prices as read on {formatDate(PRICING.pricesReadOn.value)} from a transcription of{' '}
          <a href="https://aws.amazon.com/cognito/pricing/" className={link} rel="noreferrer">
            aws.amazon.com/cognito/pricing
          </a>
          . The per-MAU prices come from a secondary source and are marked unconfirmed; check the AWS pricing page before quoting them.
        </p>
      </header>

      <PricingCalculator defaultPlan={defaultPlan} />

      <section aria-labelledby="not-included" className="space-y-2">
        <h2 id="not-included" className="text-2xl font-semibold tracking-tight">
          Not included
        </h2>
        <ul className="list-disc space-y-1 pl-5 leading-relaxed">
          <li>MAUs federated through SAML 2.0 or OIDC identity providers, which are priced separately.</li>
          <li>
            Machine-to-machine app clients and token requests (client credentials); there is no free tier for them
            {PRICING.m2mFreeTier.unconfirmed ? ' (unconfirmed)' : ''}.
          </li>
          <li>SMS messages, which Amazon SNS bills separately.</li>
        </ul>
      </section>

      <section aria-labelledby="price-sources" className="space-y-2">
        <h2 id="price-sources" className="text-2xl font-semibold tracking-tight">
          Values and sources
        </h2>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Pricing facts used by the calculator</caption>
          <thead>
            <tr className="border-b border-border">
              <th scope="col" className="py-2 pr-4">Value</th>
              <th scope="col" className="py-2 pr-4">Amount</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2">Source</th>
            </tr>
          </thead>
          <tbody>
            {facts.map(({ name, fact }) => (
              <tr key={name} className="border-b border-border align-top">
                <th scope="row" className="py-2 pr-4 font-medium">{name}</th>
                <td className="py-2 pr-4">{fact.value.toLocaleString('en-US', { maximumFractionDigits: 4 })}</td>
                <td className="py-2 pr-4">{fact.unconfirmed ? 'Unconfirmed' : 'Confirmed'}</td>
                <td className="py-2 text-muted">{fact.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
