import type { ReactNode } from 'react';

/**
 * One labelled field of a form, with its problem explained next to it. The error paragraph's id is
 * `${htmlFor}-error`: pass `aria-describedby` the same (see `describedBy`) on the control.
 */
export function FormRow({ label, htmlFor, error, children }: { label: string; htmlFor: string; error?: string | null; children: ReactNode }) {
  return (
    <div className="form-row">
      <label htmlFor={htmlFor}>{label}</label>
      <div>
        {children}
        {error && (
          <p id={`${htmlFor}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

/** The control's aria attributes for a FormRow: invalid, and described by its error and hints. */
export function fieldAria(id: string, error: string | null | undefined, ...hints: string[]) {
  const describedBy = [error ? `${id}-error` : '', ...hints].filter(Boolean).join(' ');
  return { 'aria-invalid': !!error, ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
}
