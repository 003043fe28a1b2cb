/**
 * User Timing marks on the long operations (import, export), so that `npm run bench` and the
 * browser's performance panel measure the app's own work, not the tooling around it.
 */
export function mark(name: string, detail?: unknown): void {
  try {
    performance.mark(`camket:${name}`, detail === undefined ? undefined : { detail });
  } catch {
    // Timing is a help, never a failure.
  }
}
