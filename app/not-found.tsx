import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="text-muted">There is nothing at this address.</p>
      <p>
        <Link href="/" className="font-medium text-accent underline underline-offset-4 hover:text-accent-strong">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
