"use client";

export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          maxWidth: 480,
          margin: "15vh auto",
          padding: 16,
        }}
      >
        <h1>Something went wrong on our side</h1>
        <p>It was not something you did. Please try again in a moment.</p>
        <button type="button" onClick={reset} style={{ padding: "10px 16px" }}>
          Try again
        </button>
      </body>
    </html>
  );
}
