/**
 * How the sanitizer judges one URL: what kind it is (as a browser's URL parser sees it) and
 * whether an image-like reference stays. Counts every remote reference it blocks.
 */

const DATA_IMAGE = /^data:image\/(?:png|x-png|jpeg|jpg|pjpeg|gif|webp|bmp|x-ms-bmp|avif)[;,]/i;
const DATA_MEDIA = /^data:(?:video|audio)\/[\w.+-]+[;,]|^data:text\/vtt[;,]/i;
const DATA_FONT = /^data:(?:font\/|application\/(?:x-)?font|application\/vnd\.ms-fontobject)/i;

export type UrlKind =
  'empty' | 'fragment' | 'remote' | 'data-image' | 'data-media' | 'data-font' | 'data-other' | 'cid' | 'mailto' | 'other';

export interface ClassifiedUrl {
  kind: UrlKind;
  /** For `remote`: the URL with protocol-relative `//host` turned into `https://host`. */
  normalized: string;
}

/** Classifies a URL the way a browser's URL parser sees it (tabs/newlines dropped, C0 trimmed). */
export function classifyUrl(raw: string): ClassifiedUrl {
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (url === '') return { kind: 'empty', normalized: url };
  if (url.startsWith('#')) return { kind: 'fragment', normalized: url };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return { kind: 'remote', normalized: url };
  if (scheme === 'data') {
    if (DATA_IMAGE.test(url)) return { kind: 'data-image', normalized: url };
    if (DATA_MEDIA.test(url)) return { kind: 'data-media', normalized: url };
    if (DATA_FONT.test(url)) return { kind: 'data-font', normalized: url };
    return { kind: 'data-other', normalized: url };
  }
  if (scheme === 'cid') return { kind: 'cid', normalized: url };
  if (scheme === 'mailto') return { kind: 'mailto', normalized: url };
  if (scheme !== undefined) return { kind: 'other', normalized: url };
  // `//host/x` (and `\\host\x`, which browsers read the same way for http) is remote.
  if (/^[\\/]{2}/.test(url)) return { kind: 'remote', normalized: `https://${url.replace(/^[\\/]+/, '')}` };
  return { kind: 'other', normalized: url };
}

/** Per-call state shared by the hooks and the CSS rewriter. */
export interface Policy {
  allowRemote: boolean;
  blocked: number;
}

export type Decision = { keep: true; value: string } | { keep: false };

/** Decides what happens to an image-like reference (img src, background, CSS `url()`…). */
export function decideImage(raw: string, policy: Policy, allowRemote = policy.allowRemote): Decision {
  const url = classifyUrl(raw);
  if (url.kind === 'data-image') return { keep: true, value: raw };
  if (url.kind === 'remote') {
    if (allowRemote) return { keep: true, value: url.normalized };
    policy.blocked += 1;
  }
  return { keep: false };
}
