import { bigintModPow, N } from '../simulator/crypto/srpGroup';
import { nativeModPow } from '../server/nativeModPow';
const rnd = (bytes: number) => BigInt('0x' + [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('')) % N;
for (const bytes of [32, 128]) {
  const base = rnd(384), e = rnd(bytes);
  for (const [name, f] of [['bigint', bigintModPow], ['native', nativeModPow]] as const) {
    f(base, e, N); const n = name === 'bigint' ? 10 : 50; const t = performance.now();
    for (let i = 0; i < n; i++) f(base, e, N);
    console.log(`${name} ${bytes * 8}-bit exponent: ${((performance.now() - t) / n).toFixed(2)} ms`);
  }
}
