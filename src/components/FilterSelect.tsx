import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

/** Sets one URL parameter (removing it when empty), replacing the history entry: filters live in the URL. */
export function useSetParam() {
  const [, setParams] = useSearchParams();
  return (name: string, value: string) => {
    // From the address as it is now, not as it was at the last render: two quick changes (a
    // search still settling, then a filter) must not undo each other.
    const next = new URLSearchParams(window.location.search);
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
