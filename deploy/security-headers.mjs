// The one home of the app's security headers: the Content-Security-Policy and its companions.
// Read by vite.config.ts (the <meta> in the built index.html, and the headers of `vite preview`);
// deploy/nginx/cam-ket.conf carries the same values, and tests/unit/deploy/securityHeaders.test.ts
// fails if they ever differ. Change a value here, then copy it into the nginx file.

/**
 * What the app may load: only its own origin, no inline script or style, no plug-ins, no <base>,
 * no form posts (`data:`/`blob:` images and `blob:` workers as the app has always allowed them).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/**
 * Directives a <meta> tag cannot carry (the browser ignores them there, with a console error):
 * no site may show the app in a frame.
 */
export const CSP_HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** The policy in the built index.html's <meta http-equiv="Content-Security-Policy">. */
export const CONTENT_SECURITY_POLICY_META = CSP_DIRECTIVES.join('; ');

/** The policy a server sends as an HTTP header. */
export const CONTENT_SECURITY_POLICY_HEADER = [...CSP_DIRECTIVES, ...CSP_HEADER_ONLY_DIRECTIVES].join('; ');

/** Every security header a server sends with every response (nginx: `add_header … always`). */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};
