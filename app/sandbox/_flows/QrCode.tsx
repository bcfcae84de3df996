'use client';

import { useEffect, useState } from 'react';

/**
 * A QR code of `text` (an otpauth:// URI), drawn by the `qrcode` package,
 * which is loaded only when a QR code is first shown. The image has a text
 * alternative; the secret itself is also shown as text beside it.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [drawn, setDrawn] = useState<{ text: string; url?: string; failed?: boolean }>();

  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((qr) => qr.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 192, color: { dark: '#000000', light: '#ffffff' } }))
      .then((url) => live && setDrawn({ text, url }))
      .catch(() => live && setDrawn({ text, failed: true }));
    return () => {
      live = false;
    };
  }, [text]);

  const current = drawn?.text === text ? drawn : undefined;
  if (current?.failed) return <p className="text-sm text-muted">The QR code could not be drawn; use the secret key below.</p>;
  if (!current?.url) return <div className="h-48 w-48 animate-pulse rounded-md bg-slate-200 dark:bg-slate-700" aria-hidden="true" />;
  // A data: URL made in the page; next/image adds nothing for it.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={current.url} alt={label} width={192} height={192} className="rounded-md border border-border bg-white" />;
}
