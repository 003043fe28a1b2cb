import '../../lib/manageI18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { QueryView } from '../../components/QueryView';
import { SuccessNotice } from '../../components/SuccessNotice';
import { BUILTIN_TEMPLATES } from '../../domain/editing/templates';
import { useCustomTemplates, useDeleteTemplate } from '../../queries/editing';

/** The user's own commitment templates (added from the commitment form), with a way to remove them. */
export function TemplatesSection() {
  const { t } = useTranslation();
  const query = useCustomTemplates();
  const remove = useDeleteTemplate();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section aria-labelledby="templates-title" className="panel">
      <h2 id="templates-title">{t('manage.templates.title')}</h2>
      <p className="muted">{t('manage.templates.intro', { count: BUILTIN_TEMPLATES.length })}</p>
      <SuccessNotice message={message} />
      {remove.isError && <ErrorNotice error={remove.error} />}
      <QueryView query={query}>
        {(templates) =>
          templates.length === 0 ? (
            <p className="empty">{t('manage.templates.empty')}</p>
          ) : (
            <ul>
              {templates.map((tpl) => (
                <li key={tpl.id}>
                  {tpl.title} <span className="muted">({t(`enums.commitmentKind.${tpl.kind}`)}{tpl.unit ? `, ${tpl.unit}` : ''})</span>{' '}
                  <button type="button" disabled={remove.isPending} onClick={() => remove.mutate(tpl.id, { onSuccess: () => setMessage(t('manage.templates.deleted', { title: tpl.title })) })}>
                    {t('manage.templates.delete', { title: tpl.title })}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
