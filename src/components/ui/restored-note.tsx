/** Said when a form comes back with what was typed before: the client knows where it was kept. */
export function RestoredNote() {
  return (
    <p role="status" className="text-sm text-slate-700">
      What you typed earlier is back. It stays on this device until you send it.
    </p>
  );
}
