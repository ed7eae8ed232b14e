/**
 * What the background offers on this site, as the content script sees it: the `siteOffers` item
 * (utils/storage.ts) read straight from `storage.local` with the settings. It says only that a
 * code or a link is waiting for the address given to a site, never the code or the link, which
 * reach the page only after the user's trusted click. The site is matched without a public-suffix
 * list: the background writes registrable domains, and a host belongs to one when it is the
 * domain or ends with "." and the domain.
 */
import type { SiteOffer } from '@/utils/storage';

export const OFFERS_KEY = 'siteOffers';

/** Whatever is stored, as a list (`offerHere` skips malformed entries). */
export const parseOffers = (value: unknown): SiteOffer[] => (Array.isArray(value) ? value : []);

/** The offer of `kind` for `host` at `now` (the newest), or null. */
export function offerHere(
  offers: SiteOffer[],
  kind: SiteOffer['kind'],
  host = location.hostname,
  now = Date.now(),
): SiteOffer | null {
  const name = host.toLowerCase().replace(/\.$/, '');
  let found: SiteOffer | null = null;
  for (const offer of offers) {
    const site = typeof offer?.site === 'string' && offer.site.toLowerCase();
    if (!site || offer.kind !== kind || !(offer.until > now) || (name !== site && !name.endsWith('.' + site))) continue;
    if (!found || offer.since > found.since) found = offer;
  }
  return found;
}
