'use client';

import { useState, type FormEvent } from 'react';
import { totpUri } from '@/simulator/users/totp';
import { useSandbox } from '../_lib/useSandbox';
import { SubmitButton, TextField, secondaryButtonClass } from '../_components/ui';
import { QrCode } from './QrCode';

/** Groups a Base32 secret in fours for reading aloud or typing. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

/**
 * Setting up an authenticator app: the secret from AssociateSoftwareToken as
 * a QR code of its otpauth:// URI and as text, a button that adds it to the
 * learner's virtual authenticator (what scanning does), and the field for
 * the first code, which VerifySoftwareToken checks.
 */
export function TotpSetup({
  idPrefix,
  secret,
  username,
  pending,
  onVerify,
  onCancel,
}: {
  idPrefix: string;
  secret: string;
  username: string;
  pending: boolean;
  onVerify: (code: string, deviceName: string) => void;
  onCancel?: () => void;
}) {
  const { state, store } = useSandbox();
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState('My phone');
  const [added, setAdded] = useState<string>();
  const issuer = state.pool?.poolName ?? 'Cognito Sandbox';
  const uri = totpUri(secret, username || 'user', issuer);
  const inAuthenticator = (state.authenticator ?? []).some((a) => a.secret === secret.toUpperCase());

  function add() {
    const out = store.addAuthenticatorAccount({ label: `${issuer}: ${username}`, secret });
    setAdded(out.ok ? `Added “${out.value.label}” to the authenticator app: its code is in the Authenticator panel.` : out.error.message);
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    onVerify(code, deviceName);
  }

  return (
    <div className="space-y-4">
      <div className="space-y-3">
        <QrCode text={uri} label={`QR code for an authenticator app: ${issuer}, user ${username}`} />
        <div className="min-w-0 space-y-2 text-sm">
          <p>Scan the QR code with an authenticator app, or type the secret key:</p>
          <p>
            <span className="font-medium">Secret key: </span>
            <code data-testid="totp-secret" className="font-mono break-all">
              {grouped(secret)}
            </code>
          </p>
          <button type="button" className={secondaryButtonClass} onClick={add} disabled={inAuthenticator && !added}>
            {inAuthenticator ? 'In the authenticator app' : 'Add to my authenticator app'}
          </button>
          <p role="status" className="text-sm">
            {added}
          </p>
        </div>
      </div>
      <form onSubmit={submit} noValidate className="space-y-3">
        <TextField
          id={`${idPrefix}-totp-code`}
          label="Code from the authenticator app"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          required
        />
        <TextField id={`${idPrefix}-device`} label="Device name (optional)" value={deviceName} onChange={(e) => setDeviceName(e.target.value)} autoComplete="off" />
        <div className="flex flex-wrap gap-3">
          <SubmitButton disabled={pending}>{pending ? 'Verifying…' : 'Verify the code'}</SubmitButton>
          {onCancel ? (
            <button type="button" className={secondaryButtonClass} onClick={onCancel}>
              Cancel
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
