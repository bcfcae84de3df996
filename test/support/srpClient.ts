/**
 * Test support: the client half of USER_SRP_AUTH for callers that are not
 * amazon-cognito-identity-js itself (the AWS SDK tests). The SRP numbers come
 * from the library's own AuthenticationHelper, so the engine is checked
 * against Amazon's client code, not against itself.
 */
import { createHmac } from 'node:crypto';
import * as identityJs from 'amazon-cognito-identity-js';

/* The helper's BigInteger class is not exported; its N is an instance of it. */
type BigIntegerLike = { toString(radix: number): string };
type Helper = {
  N: { constructor: new (hex: string, radix: number) => BigIntegerLike };
  getLargeAValue(cb: (err: unknown, a: BigIntegerLike) => void): void;
  getPasswordAuthenticationKey(username: string, password: string, B: BigIntegerLike, salt: BigIntegerLike, cb: (err: unknown, key: Uint8Array) => void): void;
};

/* Exported by the library at run time, though its type declarations leave it out. */
const { AuthenticationHelper } = identityJs as unknown as { AuthenticationHelper: new (poolName: string) => unknown };

export interface SrpClient {
  /** SRP_A, as the library sends it. */
  srpA: string;
  /** ChallengeResponses for PASSWORD_VERIFIER, given the challenge's parameters. */
  answer(challenge: Record<string, string>, password: string, timestamp: string): Promise<Record<string, string>>;
}

/** Starts the client side of an SRP sign-in for pool `userPoolId`. */
export async function srpClient(userPoolId: string): Promise<SrpClient> {
  const poolName = userPoolId.split('_')[1];
  const helper = new AuthenticationHelper(poolName) as unknown as Helper;
  const A = await new Promise<BigIntegerLike>((resolve, reject) => helper.getLargeAValue((err, a) => (err ? reject(err) : resolve(a))));
  const BigInteger = helper.N.constructor;
  return {
    srpA: A.toString(16),
    async answer(challenge, password, timestamp) {
      const userId = challenge.USER_ID_FOR_SRP;
      const key = await new Promise<Uint8Array>((resolve, reject) =>
        helper.getPasswordAuthenticationKey(userId, password, new BigInteger(challenge.SRP_B, 16), new BigInteger(challenge.SALT, 16), (err, k) =>
          err ? reject(err) : resolve(k),
        ),
      );
      const message = Buffer.concat([Buffer.from(poolName, 'utf8'), Buffer.from(userId, 'utf8'), Buffer.from(challenge.SECRET_BLOCK, 'base64'), Buffer.from(timestamp, 'utf8')]);
      const signature = createHmac('sha256', Buffer.from(key)).update(message).digest('base64');
      return { USERNAME: userId, PASSWORD_CLAIM_SECRET_BLOCK: challenge.SECRET_BLOCK, TIMESTAMP: timestamp, PASSWORD_CLAIM_SIGNATURE: signature };
    },
  };
}
