/**
 * The code lab's `Date`: it shows the sandbox's simulated time, not the wall
 * clock. Learner code and the client libraries then agree with the pool:
 * amazon-cognito-identity-js signs its SRP answer with the current time
 * (the engine, like Cognito, refuses a TIMESTAMP far from its own clock), and
 * token expiry checks see the clock the learner moved forward. Time still
 * passes at the real pace during a run.
 */

/**
 * A `Date` constructor whose "now" starts at `startMs` and advances with
 * `realNow()`. `new Date(x)`, `Date.UTC`, `Date.parse` and `instanceof Date`
 * behave as usual.
 */
export function simulatedDate(RealDate: DateConstructor, startMs: number, realNow: () => number = () => RealDate.now()): DateConstructor {
  const offset = startMs - realNow();
  const now = () => realNow() + offset;
  const shifted: DateConstructor = new Proxy(RealDate, {
    construct(target, args: unknown[], newTarget) {
      // `new Date()` through the proxy builds a real Date; a subclass keeps its own prototype.
      return Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget === shifted ? target : newTarget) as object;
    },
    apply() {
      return new RealDate(now()).toString();
    },
    get(target, key, receiver) {
      if (key === 'now') return now;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return shifted;
}
