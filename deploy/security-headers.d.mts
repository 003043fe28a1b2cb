export const CSP_DIRECTIVES: readonly string[];
export const CSP_HEADER_ONLY_DIRECTIVES: readonly string[];
export const CONTENT_SECURITY_POLICY_META: string;
export const CONTENT_SECURITY_POLICY_HEADER: string;
export const SECURITY_HEADERS: Readonly<Record<'Content-Security-Policy' | 'X-Content-Type-Options' | 'Referrer-Policy' | 'Permissions-Policy', string>>;
