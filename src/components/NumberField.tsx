import { useTranslation } from 'react-i18next';
import { ambiguousReadings } from '../domain/editing/numberRules';
import { parseVietnameseNumber } from '../domain/numbers';
import { useFormatters } from '../lib/format';
import { fieldAria, FormRow } from './FormRow';

export interface NumberFieldValue {
  text: string;
  chosen: number | null;
}

/**
 * A figure typed the Vietnamese way ("2.283", "96,5"). What was understood is read back before
 * saving; an ambiguous entry ("1,234") asks which reading was meant instead of guessing.
 */
export function NumberField({ id, label, unit, value, onChange, error }: { id: string; label: string; unit: string; value: NumberFieldValue; onChange: (next: NumberFieldValue) => void; error?: string | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const parsed = parseVietnameseNumber(value.text);
  const readings = ambiguousReadings(value.text);
  const understood = parsed.ok ? parsed.value : readings && value.chosen !== null && readings.includes(value.chosen) ? value.chosen : null;
  return (
    <FormRow label={label} htmlFor={id} error={error}>
      <input id={id} inputMode="decimal" autoComplete="off" value={value.text} onChange={(e) => onChange({ text: e.target.value, chosen: null })} {...fieldAria(id, error, `${id}-hint`, `${id}-read`)} />
      <p id={`${id}-hint`} className="muted small">
        {t('checkInForm.valueHint')}
      </p>
      <p id={`${id}-read`} className="read-back" aria-live="polite">
        {understood !== null ? t('checkInForm.readAs', { value: format.measured(understood, unit) }) : null}
      </p>
      {readings && (
        <fieldset className="radio-group">
          <legend>{t('checkInForm.ambiguousLegend', { text: value.text })}</legend>
          {readings.map((r) => (
            <label key={r}>
              <input type="radio" name={`${id}-reading`} checked={value.chosen === r} onChange={() => onChange({ text: value.text, chosen: r })} /> {format.measured(r, unit)}
            </label>
          ))}
        </fieldset>
      )}
    </FormRow>
  );
}
