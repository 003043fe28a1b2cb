/**
 * Registers the exchange screen's strings (lib/locales/exchange.ts) with i18next. Imported by that
 * screen's modules (features/snapshots), so the strings arrive with their chunk and never
 * weigh on the first screen.
 */
import i18n from 'i18next';
import { exchangeEn, exchangeVi } from './locales/exchange';

if (!i18n.getResource('vi', 'translation', 'snapshots.title')) {
  i18n.addResourceBundle('vi', 'translation', exchangeVi, true, false);
  i18n.addResourceBundle('en', 'translation', exchangeEn, true, false);
}
