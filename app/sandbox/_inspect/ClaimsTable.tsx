'use client';

import type { JWTPayload } from 'jose';
import { formatSimTime } from '../_lib/time';
import { explainClaim } from './claims';

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** Every claim of a decoded token with its value and what it means. */
export function ClaimsTable({ payload, caption }: { payload: JWTPayload; caption: string }) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-border">
          <th scope="col" className="py-1.5 pr-3 font-semibold">
            Claim
          </th>
          <th scope="col" className="py-1.5 pr-3 font-semibold">
            Value
          </th>
          <th scope="col" className="py-1.5 font-semibold">
            What it means
          </th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(payload).map(([name, value]) => {
          const e = explainClaim(name);
          return (
            <tr key={name} className="border-b border-border align-top last:border-b-0">
              <th scope="row" className="py-1.5 pr-3 font-mono text-xs font-semibold whitespace-nowrap sm:text-sm">
                {name}
              </th>
              <td className="max-w-[16rem] py-1.5 pr-3 font-mono text-xs wrap-anywhere">
                {show(value)}
                {e?.time && typeof value === 'number' ? <span className="block font-sans text-muted">{formatSimTime(value * 1000)}</span> : null}
              </td>
              <td className="py-1.5">{e ? e.meaning : <span className="text-muted">Not a claim Cognito issues.</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
