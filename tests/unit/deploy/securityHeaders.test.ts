/**
 * The security headers have one home (deploy/security-headers.mjs). The nginx configuration cannot
 * import it, so this test holds them together: what nginx sends is, header for header, what
 * `vite preview` sends and what the built index.html's <meta> carries (less frame-ancestors).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER, CONTENT_SECURITY_POLICY_META, SECURITY_HEADERS } from '../../../deploy/security-headers.mjs';

const appConf = readFileSync(new URL('../../../deploy/nginx/app.conf', import.meta.url), 'utf8');
const siteConf = readFileSync(new URL('../../../deploy/nginx/cam-ket.conf', import.meta.url), 'utf8');

/** Every `add_header NAME "VALUE" always;` of the file, comments left out. */
function nginxHeaders(conf: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const line of conf.split('\n')) {
    const match = /^\s*add_header\s+([\w-]+)\s+(?:"([^"]*)"|(\S+))\s+always;\s*$/.exec(line);
    if (match) found[match[1]!] = match[2] ?? match[3]!;
  }
  return found;
}

describe('security headers', () => {
  it('nginx sends exactly the headers of deploy/security-headers.mjs, plus Cache-Control from its map', () => {
    expect(nginxHeaders(appConf)).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': '$camket_cache_control' });
  });

  it('the header policy forbids framing; the meta policy is the same without what a meta cannot carry', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(`${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
  });

  it('vite preview sends the same headers', async () => {
    const { default: config } = await import('../../../vite.config');
    expect(config.preview?.headers).toEqual(SECURITY_HEADERS);
  });

  it('no location in app.conf adds a header of its own (that would drop the inherited ones)', () => {
    const inLocations = appConf.split(/^location /m).slice(1).filter((block) => /^\s*add_header/m.test(block.split('\n}')[0]!));
    expect(inLocations).toEqual([]);
  });

  it('the site file marks exactly the lines run.sh replaces', () => {
    const marked = siteConf.split('\n').filter((l) => /^\s*[^#\s].*# run\.sh$/.test(l)).map((l) => l.trim().replace(/\s+#.*$/, ''));
    expect(marked).toEqual(['listen 80;', 'listen [::]:80;', 'root /var/www/cam-ket;', 'include /etc/nginx/cam-ket/app.conf;']);
  });
});
