import { useTranslation } from 'react-i18next';
import { useInstalledBuild } from '../../lib/installedBuild';
import { versionText } from '../../lib/locales/versions';

/**
 * Which version this laptop runs: the app's version (package.json) and the id of the installed
 * build (its service worker's, a hash of every file), so IT can tell whether an update arrived.
 */
export function VersionSection() {
  const { i18n } = useTranslation();
  const build = useInstalledBuild();
  const version = __APP_VERSION__;
  let line = version;
  if (build) line = versionText(i18n.language, (m) => m.settings.line, { version, build });
  else if (build === null) line = versionText(i18n.language, (m) => m.settings.noBuild, { version });
  return (
    <section aria-labelledby="version-title" className="panel">
      <h2 id="version-title">{versionText(i18n.language, (m) => m.settings.section)}</h2>
      <p>{line}</p>
    </section>
  );
}
