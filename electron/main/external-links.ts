/**
 * Links the counter may open in the system browser: government service sites an officer points an
 * applicant to. Anything else (a link in a scanned QR code, a URL typed into a note) stays closed.
 * Only https, only these hosts and their subdomains.
 */
export const EXTERNAL_LINK_ALLOWLIST: readonly string[] = [
  'gov.cn',
  'zwfw.hubei.gov.cn',
  'www.creditchina.gov.cn',
];

export function isAllowedExternalLink(
  url: string,
  allowlist: readonly string[] = EXTERNAL_LINK_ALLOWLIST,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return false;
  const host = parsed.hostname.toLowerCase();
  return allowlist.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/** The window-open handler: never a new Electron window; allowlisted links go to the system browser. */
export function handleWindowOpen(url: string, openExternal: (url: string) => void): { action: 'deny' } {
  if (isAllowedExternalLink(url)) openExternal(url);
  return { action: 'deny' };
}
