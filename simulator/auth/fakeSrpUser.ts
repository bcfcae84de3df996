/**
 * The simulated SRP answer for a user who does not exist, when the client
 * hides user existence (DG "Managing user existence error responses"): the
 * same salt and a UUID-formatted internal user id every time for the same
 * user name and pool, so repeated attempts cannot tell real from simulated.
 * They are derived from the name with an HMAC keyed by a pool secret.
 */
import type { UserPool } from '../core/model';
import { bytesToHex, hmacSha256, utf8 } from '../crypto/encoding';
import { N } from '../crypto/srpGroup';
import type { SrpIdentity } from './run';

const uuidFrom = (hex: string) => {
  const h = hex.slice(0, 32).split('');
  h[12] = '4';
  h[16] = '89ab'[parseInt(h[16], 16) & 3];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
};

/** A stable, fake SRP identity for `name` in `pool`. */
export async function simulatedSrpIdentity(pool: UserPool, name: string): Promise<SrpIdentity> {
  const key = utf8(`${pool.id}:${pool.keys.refresh.kid}`);
  const derive = async (label: string) => bytesToHex(await hmacSha256(key, utf8(`${label}:${name.toLowerCase()}`)));
  const verifier = BigInt('0x' + (await derive('verifier')) + (await derive('verifier-2'))) % N;
  return {
    userIdForSrp: uuidFrom(await derive('user-id')),
    saltHex: (await derive('salt')).slice(0, 32),
    verifierHex: verifier.toString(16),
    simulated: true,
  };
}
