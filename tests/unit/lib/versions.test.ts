import { describe, expect, it } from 'vitest';
import { versionText } from '../../../src/lib/locales/versions';

describe('version strings', () => {
  it('are read in the interface language, with their values filled in', () => {
    expect(versionText('vi', (m) => m.settings.line, { version: '0.1.0', build: '184a9954c633d977' })).toBe('Cam kết 0.1.0, bản dựng 184a9954c633d977.');
    expect(versionText('en', (m) => m.settings.line, { version: '0.1.0', build: '184a9954c633d977' })).toBe('Cam kết 0.1.0, build 184a9954c633d977.');
    expect(versionText('en', (m) => m.newerDatabase.exported, { fileName: 'cam-ket-du-lieu-may-nay-2026-12-02.json' })).toBe(
      'Downloaded cam-ket-du-lieu-may-nay-2026-12-02.json. Keep this file until the newer version is open.',
    );
  });
});
