/** Registers the official report's strings (lib/locales/officialReport.ts) when the report's chunk loads. */
import i18n from 'i18next';
import { officialEn, officialVi } from '../../lib/locales/officialReport';

if (!i18n.getResource('vi', 'translation', 'official.kind')) {
  i18n.addResourceBundle('vi', 'translation', { official: officialVi }, true, false);
  i18n.addResourceBundle('en', 'translation', { official: officialEn }, true, false);
}
