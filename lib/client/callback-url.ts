export const DEFAULT_AFTER_SIGN_IN = '/overview';

/**
 * Where to go after signing in: only a path on this site. Absolute URLs are accepted only when
 * they point at `origin` (next-auth itself sometimes sends those) and are reduced to their path;
 * anything else (other hosts, protocol-relative `//evil`, backslash tricks, `javascript:`) falls
 * back to the dashboard, so the sign-in page cannot be used as an open redirect.
 */
export function safeCallbackUrl(value: string | null | undefined, origin?: string): string {
  if (!value) return DEFAULT_AFTER_SIGN_IN;
  const raw = value.trim();
  // Browsers treat `\` like `/` and drop tabs/newlines inside URLs, so `/\evil.com` or `/\t/evil.com` would leave the site.
  if (/[\\\u0000-\u001f]/.test(raw)) return DEFAULT_AFTER_SIGN_IN;
  let path: string;
  if (raw.startsWith('/')) {
    if (raw.startsWith('//')) return DEFAULT_AFTER_SIGN_IN;
    path = raw;
  } else {
    if (!origin) return DEFAULT_AFTER_SIGN_IN;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return DEFAULT_AFTER_SIGN_IN;
    }
    if (url.origin !== origin) return DEFAULT_AFTER_SIGN_IN;
    path = url.pathname + url.search + url.hash;
  }
  // Going back to the auth pages after signing in would loop.
  if (/^\/(sign-in|sign-up)(\/|\?|#|$)/.test(path) || path.startsWith('/api/')) return DEFAULT_AFTER_SIGN_IN;
  return path;
}

export function signInUrl(callbackPath: string): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(callbackPath)}`;
}
