import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

/** Sets one URL parameter (removing it when empty), replacing the history entry: filters live in the URL. */
export function useSetParam() {
  const [params, setParams] = useSearchParams();
  return (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
}

/** A labelled select bound to the URL parameter `name`; the first option (value '') means "all". */
export function FilterSelect({ id, name, label, options, allLabel }: { id: string; name: string; label: string; options: { value: string; label: string }[]; allLabel?: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const set = useSetParam();
  return (
    <div className="filter">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} value={params.get(name) ?? ''} onChange={(e) => set(name, e.target.value)}>
        <option value="">{allLabel ?? t('dashboard.filters.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
