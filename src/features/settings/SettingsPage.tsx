import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SuccessNotice } from '../../components/SuccessNotice';
import { QueryView } from '../../components/QueryView';
import { LANGUAGES } from '../../lib/i18n';
import { useCounts, useResetToDemoData, useStartEmpty } from '../../queries/datasets';
import { useSetUserName, useUserName } from '../../queries/settings';

const LANGUAGE_NAMES = { vi: 'Tiếng Việt', en: 'English' } as const;

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <LanguageSection />
      <UserSection />
      <DataSection />
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
      <select id={id} value={i18n.language} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
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
  return (
    <section aria-labelledby="user-title" className="panel">
      <h2 id="user-title">{t('settings.userSection')}</h2>
      <QueryView query={userName}>{(name) => <UserNameForm initial={name} />}</QueryView>
    </section>
  );
}

function UserNameForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const save = useSetUserName();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(name);
  };
  return (
    <form onSubmit={onSubmit} className="inline-form">
      <label htmlFor="user-name">{t('settings.userNameLabel')}</label>
      <input id="user-name" value={name} maxLength={120} autoComplete="name" onChange={(e) => setName(e.target.value)} />
      <button type="submit" disabled={save.isPending}>
        {t('settings.userNameSave')}
      </button>
      {save.isSuccess && <p role="status">{t('settings.userNameSaved')}</p>}
      {save.isError && <ErrorNotice error={save.error} />}
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
