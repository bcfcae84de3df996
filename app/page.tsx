import Link from 'next/link';

const features = [
  {
    title: 'A user pool in your browser',
    body: 'Sign users up, confirm them, sign them in and watch the state change — a simulated Amazon Cognito user pool with no AWS account, no bill and no network calls.',
  },
  {
    title: 'A clock you control',
    body: 'Time is simulated, so you can jump ahead an hour to see an access token expire, or thirty days to watch a refresh token stop working.',
  },
  {
    title: 'Real tokens',
    body: 'ID, access and refresh tokens are real RS256-signed JWTs. Decode them and inspect the claims, just as your application would see them.',
  },
  {
    title: 'Lessons and an exam trainer',
    body: 'Short lessons on every Cognito topic the AWS certifications ask about, and over 200 exam-style questions with practice, timed-exam and review modes and spaced repetition.',
  },
];

export default function HomePage() {
  return (
    <div className="space-y-12">
      <section aria-labelledby="intro-heading" className="space-y-5">
        <h1 id="intro-heading" className="text-4xl font-bold tracking-tight sm:text-5xl">
          Cognito Sandbox
        </h1>
        <p className="max-w-2xl text-lg leading-relaxed text-muted">
          Learn how Amazon Cognito user pools behave by trying them out. Cognito Sandbox is a simulator that runs
          entirely in your browser: experiment with sign-up, sign-in and tokens, break things safely, and see exactly
          what happens and why.
        </p>
        <p>
          <Link
            href="/sandbox/"
            className="inline-flex items-center gap-2 rounded-lg bg-accent px-5 py-3 font-semibold text-accent-foreground shadow-sm hover:bg-accent-strong"
          >
            Open the sandbox
            <span aria-hidden="true">→</span>
          </Link>{' '}
          <Link href="/learn/" className="ml-2 inline-flex items-center gap-2 rounded-lg border border-border px-5 py-3 font-semibold hover:bg-surface">
            Start learning
          </Link>
        </p>
      </section>

      <section aria-labelledby="features-heading" className="space-y-4">
        <h2 id="features-heading" className="text-2xl font-semibold tracking-tight">
          What you get
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {features.map((feature) => (
            <li key={feature.title} className="rounded-xl border border-border bg-surface p-5">
              <h3 className="font-semibold">{feature.title}</h3>
              <p className="mt-2 text-sm leading-relaxed text-muted">{feature.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
