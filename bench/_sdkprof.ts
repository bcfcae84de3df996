import { createSimulator, cryptoRandom, systemClock } from '../simulator';
import { nativeModPow } from '../server/nativeModPow';
import { sdkClient } from '../test/support/sdk';
import { AdminConfirmSignUpCommand, CreateUserPoolClientCommand, CreateUserPoolCommand, GetUserCommand, InitiateAuthCommand, SignUpCommand } from '@aws-sdk/client-cognito-identity-provider';
const sim = createSimulator({ clock: systemClock, random: cryptoRandom, crypto: { modPow: nativeModPow } });
const c = sdkClient(sim);
const p = await c.send(new CreateUserPoolCommand({ PoolName: 'p' }));
const a = await c.send(new CreateUserPoolClientCommand({ UserPoolId: p.UserPool!.Id!, ClientName: 'c', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH','ALLOW_REFRESH_TOKEN_AUTH'] }));
let eng = 0; sim.onCall((r) => (eng += r.durationMs));
const N = Number(process.argv[2] ?? 200);
const times: number[] = []; const engs: number[] = [];
for (let i = 0; i < N; i++) {
  const u = 'u' + i; const e0 = eng; const t = performance.now();
  await c.send(new SignUpCommand({ ClientId: a.UserPoolClient!.ClientId!, Username: u, Password: 'Bench-Passw0rd!' }));
  await c.send(new AdminConfirmSignUpCommand({ UserPoolId: p.UserPool!.Id!, Username: u }));
  const r = await c.send(new InitiateAuthCommand({ ClientId: a.UserPoolClient!.ClientId!, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: u, PASSWORD: 'Bench-Passw0rd!' } }));
  await c.send(new GetUserCommand({ AccessToken: r.AuthenticationResult!.AccessToken }));
  times.push(performance.now() - t); engs.push(eng - e0);
}
const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
console.log('flow p50', med(times.slice(20)).toFixed(2), 'engine p50', med(engs.slice(20)).toFixed(2));
