/**
 * The autofill settings as the content script sees them: read straight from `storage.local` (by
 * `index.ts`, with the site offers; the `local:autofill` item of utils/storage.ts) so
 * @wxt-dev/storage stays out of this bundle.
 */
import type { AutofillSettings } from '@/utils/storage';

export const SETTINGS_KEY = 'autofill';

/** Whatever is stored, as settings; anything malformed falls back to the item's defaults. */
export function parseSettings(value: unknown): AutofillSettings {
  const v = (value ?? {}) as Partial<AutofillSettings>;
  return {
    enabled: v.enabled !== false,
    blockedSites: Array.isArray(v.blockedSites) ? v.blockedSites.filter((x) => typeof x === 'string') : [],
  };
}

/**
 * Host names this frame answers to: its own and, in a frame, the tab's top page (the background
 * blocks the tab's host name). Chrome lists ancestors; Firefox lets us read a same-origin top
 * only, so the referrer stands in for a cross-origin parent.
 */
export function pageHosts(): string[] {
  const hosts = [location.hostname];
  if (window.top !== window) {
    const anc = location.ancestorOrigins;
    let top = anc?.length ? anc[anc.length - 1] : '';
    if (!top) {
      try {
        top = window.top!.location.href;
      } catch {
        top = document.referrer;
      }
    }
    try {
      hosts.push(new URL(top!).hostname);
    } catch {
      // No usable ancestor URL.
    }
  }
  return hosts;
}

/** True when the button must stay away: switched off, or this site (or a parent domain) is listed. */
export function isButtonOff(settings: AutofillSettings, hosts = pageHosts()): boolean {
  return (
    !settings.enabled || hosts.some((h) => !!h && settings.blockedSites.some((site) => h === site || h.endsWith('.' + site)))
  );
}
