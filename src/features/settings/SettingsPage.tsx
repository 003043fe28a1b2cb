import { useEffect, useId, useState, type FormEvent } from 'react';
import { TemplatesSection } from './TemplatesSection';
import { VersionSection } from './VersionSection';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SuccessNotice } from '../../components/SuccessNotice';
import { QueryView } from '../../components/QueryView';
import { formatNumber, parseVietnameseNumber } from '../../domain/numbers';
import { DEFAULT_TOLERANCE_POINTS } from '../../domain/status/engine';
import { setStatusRules, TOLERANCE_MAX, TOLERANCE_MIN, useStatusRules } from '../../lib/statusRules';
import { useFormatters } from '../../lib/format';
import { changeLanguage, currentLocale, LANGUAGES } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { requestPersistentStorage, storageStatus, type StorageStatus } from '../../lib/storage';
import { useCounts, useResetToDemoData, useStartEmpty } from '../../queries/datasets';
import { useBackupStatus, useSetReminderDays, useSetUserName, useUserName } from '../../queries/settings';

const LANGUAGE_NAMES = { vi: 'Tiếng Việt', en: 'English' } as const;

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <LanguageSection />
      <UserSection />
      <StatusRulesSection />
      <StorageSection />
      <TemplatesSection />
      <DataSection />
      <VersionSection />
    </section>
  );
}

function LanguageSection() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>{t('settings.languageSection')}</h2>
      <label htmlFor={id}>{t('settings.languageLabel')}</label>{' '}
      <select id={id} value={i18n.language} onChange={(e) => void changeLanguage(e.target.value === 'en' ? 'en' : 'vi')}>
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {LANGUAGE_NAMES[lng]}
          </option>
        ))}
      </select>
    </section>
  );
}

function UserSection() {
  const { t } = useTranslation();
  const userName = useUserName();
  // The mutation lives here, outside the keyed form, so its message survives the remount.
  const save = useSetUserName();
  return (
    <section aria-labelledby="user-title" className="panel">
      <h2 id="user-title">{t('settings.userSection')}</h2>
      {/* Keyed by the stored name: a change saved in another tab shows here too. */}
      <QueryView query={userName}>{(name) => <UserNameForm key={name} initial={name} onSave={(next) => save.mutate(next)} busy={save.isPending} />}</QueryView>
      {save.isSuccess && <p role="status">{t('settings.userNameSaved')}</p>}
      {save.isError && <ErrorNotice error={save.error} />}
    </section>
  );
}

function UserNameForm({ initial, onSave, busy }: { initial: string; onSave: (name: string) => void; busy: boolean }) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onSave(name);
  };
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <label htmlFor="user-name">{t('settings.userNameLabel')}</label>
      <input id="user-name" value={name} maxLength={120} autoComplete="name" onChange={(e) => setName(e.target.value)} />
      <button type="submit" disabled={busy}>
        {t('settings.userNameSave')}
      </button>
    </form>
  );
}

type PendingAction = 'reset' | 'empty' | null;

function DataSection() {
  const { t } = useTranslation();
  const counts = useCounts();
  const reset = useResetToDemoData();
  const empty = useStartEmpty();
  const [pending, setPending] = useState<PendingAction>(null);
  const [done, setDone] = useState<string | null>(null);
  const busy = reset.isPending || empty.isPending;

  const confirm = () => {
    const mutation = pending === 'reset' ? reset : empty;
    const message = pending === 'reset' ? t('settings.resetDone') : t('settings.emptyDone');
    setDone(null);
    mutation.mutate(undefined, {
      onSuccess: () => setDone(message),
      onSettled: () => setPending(null),
    });
  };

  return (
    <section aria-labelledby="data-title" className="panel">
      <h2 id="data-title">{t('settings.dataSection')}</h2>
      <QueryView query={counts}>{(c) => <p>{t('settings.dataSummary', { ...c })}</p>}</QueryView>
      <p>
        <Link to={paths.snapshots()}>{t('settings.restoreLink')}</Link>
      </p>
      <div className="actions">
        <div>
          <button type="button" onClick={() => setPending('reset')} disabled={busy}>
            {t('settings.resetDemo')}
          </button>
          <p className="muted">{t('settings.resetDemoHint')}</p>
        </div>
        <div>
          <button type="button" className="button--danger" onClick={() => setPending('empty')} disabled={busy}>
            {t('settings.startEmpty')}
          </button>
          <p className="muted">{t('settings.startEmptyHint')}</p>
        </div>
      </div>
      <SuccessNotice message={done} />
      {reset.isError && <ErrorNotice error={reset.error} />}
      {empty.isError && <ErrorNotice error={empty.error} />}
      <ConfirmDialog
        open={pending !== null}
        title={pending === 'reset' ? t('settings.confirmResetTitle') : t('settings.confirmEmptyTitle')}
        confirmLabel={pending === 'reset' ? t('settings.confirmResetAction') : t('settings.confirmEmptyAction')}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
        busy={busy}
      >
        <p>{pending === 'reset' ? t('settings.confirmResetBody') : t('settings.confirmEmptyBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

function StorageSection() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [asked, setAsked] = useState<boolean | null>(null);
  const backup = useBackupStatus();
  const saveDays = useSetReminderDays();
  useEffect(() => {
    void storageStatus().then(setStatus);
  }, [asked]);
  const mb = (bytes: number) => `${formatNumber(bytes / (1024 * 1024), format.locale, 1)} MB`;
  return (
    <section aria-labelledby="storage-title" className="panel">
      <h2 id="storage-title">{t('storage.section')}</h2>
      <p className="muted">{t('storage.offlineInfo')}</p>
      {status && (
        <>
          <p>{status.persisted === null ? t('storage.unknown') : status.persisted ? t('storage.persisted') : t('storage.notPersisted')}</p>
          {status.usage !== null && status.quota !== null && <p>{t('storage.usage', { usage: mb(status.usage), quota: mb(status.quota) })}</p>}
          {status.persisted === false && (
            <p>
              <button type="button" onClick={() => void requestPersistentStorage().then(setAsked)}>
                {t('storage.request')}
              </button>{' '}
              {asked !== null && <span role="status">{asked ? t('storage.granted') : t('storage.refused')}</span>}
            </p>
          )}
        </>
      )}
      <QueryView query={backup}>
        {(b) => (
          <>
            <p>{b.lastFullExportAt ? t('storage.lastExport', { date: format.instant(b.lastFullExportAt) }) : t('storage.neverExported')}</p>
            <ReminderForm key={b.reminderDays} initial={b.reminderDays} onSave={(days) => saveDays.mutate(days)} busy={saveDays.isPending} />
          </>
        )}
      </QueryView>
      {saveDays.isSuccess && <p role="status">{t('storage.reminderSaved')}</p>}
      {saveDays.isError && <ErrorNotice error={saveDays.error} />}
    </section>
  );
}

function ReminderForm({ initial, onSave, busy }: { initial: number; onSave: (days: number) => void; busy: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(initial));
  const [error, setError] = useState<string | null>(null);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const days = Number(text.trim());
    if (!/^\d+$/.test(text.trim()) || days < 1 || days > 365) {
      setError(t('storage.reminderRange'));
      return;
    }
    setError(null);
    onSave(days);
  };
  return (
    <form onSubmit={onSubmit} className="inline-form" noValidate>
      <label htmlFor="reminder-days">{t('storage.reminderLabel')}</label>
      <input
        id="reminder-days"
        inputMode="numeric"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={error !== null}
        aria-describedby={error ? 'reminder-days-error' : undefined}
        className="input--short"
      />
      <button type="submit" disabled={busy}>
        {t('storage.reminderSave')}
      </button>
      {error && (
        <p id="reminder-days-error" className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}

/** The status rules a user may choose (kept on this device): the tolerance for percentages, and counting sample data. */
function StatusRulesSection() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const rules = useStatusRules();
  const [text, setText] = useState(() => formatNumber(rules.tolerancePoints, locale));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseVietnameseNumber(text);
    if (!parsed.ok || parsed.value < TOLERANCE_MIN || parsed.value > TOLERANCE_MAX) {
      setSaved(null);
      setError(t('status.rules.toleranceRange', { min: TOLERANCE_MIN, max: TOLERANCE_MAX, value: text.trim() }));
      return;
    }
    setError(null);
    setStatusRules({ tolerancePoints: parsed.value });
    setSaved(parsed.value);
  };
  return (
    <section aria-labelledby="status-rules-title">
      <h2 id="status-rules-title">{t('status.rules.section')}</h2>
      <p className="muted">{t('status.rules.intro')}</p>
      <form onSubmit={onSubmit} className="inline-form" noValidate>
        <label htmlFor="tolerance-points">{t('status.rules.toleranceLabel')}</label>
        <input
          id="tolerance-points"
          inputMode="decimal"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error ? 'tolerance-points-hint tolerance-points-error' : 'tolerance-points-hint'}
          className="input--short"
        />
        <button type="submit">{t('status.rules.toleranceSave')}</button>
        {error && (
          <p id="tolerance-points-error" className="field-error">
            {error}
          </p>
        )}
      </form>
      <p id="tolerance-points-hint" className="muted">
        {t('status.rules.toleranceHint', { default: formatNumber(DEFAULT_TOLERANCE_POINTS, locale) })}
      </p>
      {saved !== null && <p role="status">{t('status.rules.toleranceSaved', { value: formatNumber(saved, locale) })}</p>}
      <p>
        <label>
          <input type="checkbox" checked={rules.includeSample} onChange={(e) => setStatusRules({ includeSample: e.target.checked })} aria-describedby="include-sample-hint" />{' '}
          {t('status.samples.include')}
        </label>
      </p>
      <p id="include-sample-hint" className="muted">
        {t('status.rules.includeSampleHint')}
      </p>
    </section>
  );
}
