import config from '../../wxt.config';
import { apiKeyProblem } from './api-key';
import { normalizeBaseUrl } from './base-url';
import { declaredHostPatterns, DEFAULT_BASE_URL, isDeclaredOrigin, LOOPBACK_HOSTNAMES } from './hosts';

type ManifestFn = (env: { browser: string; manifestVersion: number }) => { host_permissions?: string[] };

describe('one list of hosts for the manifest, the client and the options page', () => {
  it('the manifest declares exactly the declared host patterns, in both builds', () => {
    const manifest = config.manifest as ManifestFn;
    for (const browser of ['chrome', 'firefox']) {
      expect(manifest({ browser, manifestVersion: browser === 'chrome' ? 3 : 2 }).host_permissions).toEqual(
        declaredHostPatterns(),
      );
    }
  });

  it('covers every loopback origin the client accepts, on both schemes and any port', () => {
    for (const host of LOOPBACK_HOSTNAMES) {
      for (const origin of [`http://${host}`, `http://${host}:3025`, `https://${host}`, `https://${host}:8443`]) {
        const normalized = normalizeBaseUrl(origin);
        expect(normalized.ok, origin).toBe(true);
        if (normalized.ok) expect(isDeclaredOrigin(normalized.baseUrl), origin).toBe(true);
      }
    }
  });

  it('covers the default host, and no other public host (those are asked for at runtime)', () => {
    expect(isDeclaredOrigin(DEFAULT_BASE_URL)).toBe(true);
    expect(isDeclaredOrigin('http://v1.tempmailg.com')).toBe(false);
    expect(isDeclaredOrigin('https://api.example.com')).toBe(false);
    expect(isDeclaredOrigin('https://localhost.evil.example')).toBe(false);
    expect(isDeclaredOrigin('garbage')).toBe(false);
  });
});

describe('apiKeyProblem (the one rule for the key shape)', () => {
  it('accepts one word of 8 to 512 printable characters', () => {
    expect(apiKeyProblem('demo-key-0123456789abcdef')).toBeNull();
    expect(apiKeyProblem('x'.repeat(8))).toBeNull();
    expect(apiKeyProblem('x'.repeat(512))).toBeNull();
  });

  it('names what is wrong otherwise', () => {
    expect(apiKeyProblem('')).toBe('empty');
    expect(apiKeyProblem('short')).toBe('shape');
    expect(apiKeyProblem('x'.repeat(513))).toBe('shape');
    expect(apiKeyProblem('two words here')).toBe('shape');
    expect(apiKeyProblem('ключ-ключ-ключ')).toBe('shape');
  });
});
