import type { ReactNode } from 'react';

/** One term and its value inside a <dl className="fields">. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
