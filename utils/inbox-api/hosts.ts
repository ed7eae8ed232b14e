/**
 * Where the API may live, in one place: the provider's public host and the loopback hosts.
 *
 * The manifest (`wxt.config.ts`) declares {@link declaredHostPatterns} as host permissions, the
 * client accepts plain `http://` only on a loopback host (`base-url.ts`), and the options page asks
 * at runtime only for an origin that {@link isDeclaredOrigin} says the manifest does not cover.
 * No imports: `wxt.config.ts` loads this file in Node.
 */

/** The provider's public API host. */
export const DEFAULT_BASE_URL = 'https://v1.tempmailg.com';

/**
 * Host names that reach only this machine (a local emulator, a self-hosted test host), as
 * `URL.hostname` spells them. Plain `http://` is allowed for these alone.
 */
export const LOOPBACK_HOSTNAMES: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

/** Both schemes the client accepts on a loopback host. */
const LOOPBACK_SCHEMES = ['http', 'https'] as const;

/**
 * The host permissions the manifest declares: the default host and every loopback host on both
 * schemes (a match pattern covers every port). Declared rather than asked for, because a
 * permission prompt cannot be answered in automated browsers, and loopback reaches nothing
 * outside the machine. https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
export function declaredHostPatterns(): string[] {
  return [
    `${DEFAULT_BASE_URL}/*`,
    ...LOOPBACK_SCHEMES.flatMap((scheme) => LOOPBACK_HOSTNAMES.map((host) => `${scheme}://${host}/*`)),
  ];
}

/** True when `origin` is on 127.0.0.1, localhost or [::1] (any scheme, any port). */
export function isLoopbackOrigin(origin: string): boolean {
  try {
    return LOOPBACK_HOSTNAMES.includes(new URL(origin).hostname);
  } catch {
    return false;
  }
}

/**
 * True when one of {@link declaredHostPatterns} covers `origin`, so using it needs no runtime
 * permission request. Patterns here have an exact scheme and host and any port.
 */
export function isDeclaredOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return declaredHostPatterns().some((pattern) => {
    const declared = new URL(pattern.replace(/\/\*$/, '/'));
    return declared.protocol === url.protocol && declared.hostname === url.hostname;
  });
}
