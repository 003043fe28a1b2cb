/**
 * Registers the editing screens' strings (lib/locales/manage.ts) with i18next. Imported by those
 * screens' modules, so the strings arrive with their chunk and never weigh on the first screen.
 */
import i18n from 'i18next';
import { manageEn, manageVi } from './locales/manage';

if (!i18n.getResource('vi', 'translation', 'manage.common.saveChanges')) {
  i18n.addResourceBundle('vi', 'translation', manageVi, true, false);
  i18n.addResourceBundle('en', 'translation', manageEn, true, false);
}
