export function SiteFooter() {
  return (
    <footer className="border-t border-border">
      <div className="mx-auto w-full max-w-4xl px-4 py-6 text-sm text-muted sm:px-6">
        <p>
          Cognito Sandbox is an independent learning tool that runs entirely in your browser. It is not affiliated
          with or endorsed by Amazon Web Services.
        </p>
      </div>
    </footer>
  );
}
