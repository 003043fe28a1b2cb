import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from './ErrorNotice';

/**
 * The end of an editing form: its submit button (and any other), then — once the user tried to
 * save — how many fields still need fixing, and a failed write's message.
 */
export function FormFooter({ submitLabel, busy, problems, writeError, children }: { submitLabel: string; busy: boolean; problems: number; writeError: unknown; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="button-row">
        <button type="submit" className="button--primary" disabled={busy}>
          {submitLabel}
        </button>
        {children}
      </div>
      {problems > 0 && (
        <p role="alert" className="field-error">
          {t('manage.common.fixErrors', { count: problems })}
        </p>
      )}
      {writeError ? <ErrorNotice error={writeError} /> : null}
    </>
  );
}
