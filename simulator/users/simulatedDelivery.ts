/**
 * PreventUserExistenceErrors: when the user does not exist (or cannot get a
 * code), account confirmation and password recovery still answer as if a code
 * went out, to a "simulated delivery medium … determined by the input user
 * name format and verification settings of the user pool" (Developer Guide,
 * Managing user existence error responses). Nothing is sent.
 *
 * The simulated answer is a function of the pool and the typed name only, so
 * asking twice gives the same answer and reveals nothing.
 */
import type { UserPool } from '../core/model';
import { EMAIL_FORMAT, PHONE_FORMAT } from './attributes';
import { maskDestination, type CodeDeliveryDetails } from './messages';

/** A small, stable, non-cryptographic hash (FNV-1a) of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The delivery details a pool would show for `typedName` when no code is sent.
 * `preferred` is the medium the pool's settings would pick for an ordinary
 * user name (not shaped like an email or phone number).
 */
export function simulatedDelivery(pool: UserPool, typedName: string, preferred: 'email' | 'phone_number'): CodeDeliveryDetails {
  if (EMAIL_FORMAT.test(typedName)) return { Destination: maskDestination('EMAIL', typedName), DeliveryMedium: 'EMAIL', AttributeName: 'email' };
  if (PHONE_FORMAT.test(typedName)) return { Destination: maskDestination('SMS', typedName), DeliveryMedium: 'SMS', AttributeName: 'phone_number' };
  const h = fnv1a(`${pool.id}\u0000${typedName}`);
  if (preferred === 'phone_number') {
    const digits = String(h % 10_000).padStart(4, '0');
    return { Destination: maskDestination('SMS', `+1555555${digits}`), DeliveryMedium: 'SMS', AttributeName: 'phone_number' };
  }
  const local = LETTERS[h % 26];
  const domain = LETTERS[Math.floor(h / 26) % 26];
  return { Destination: maskDestination('EMAIL', `${local}@${domain}`), DeliveryMedium: 'EMAIL', AttributeName: 'email' };
}
