/**
 * File names for `browser.downloads.download({ filename })`. Chrome rejects a name it finds
 * unsafe ("Invalid filename") instead of fixing it, so every rule it checks is applied here:
 * https://source.chromium.org/chromium/chromium/src/+/main:net/base/filename_util.cc (IsSafePortablePathComponent)
 */

const FALLBACK_NAME = 'attachment';
const MAX_LENGTH = 120;
/** ext4 and APFS allow 255 bytes; Chrome adds ".crdownload" and " (1)" while saving. */
const MAX_UTF8_BYTES = 200;
const MAX_EXTENSION_LENGTH = 16;

/** Control, format (bidi overrides and marks, zero-width, BOM), lone surrogates, noncharacters. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\uFDD0-\uFDEF\uFFFE\uFFFF]/gu;
/** Characters Windows or Chrome refuse anywhere in a name. */
const ILLEGAL = /["*/:<>?\\|~]/g;
const LINE_SEPARATORS = /[\p{Zl}\p{Zp}]/gu;
/** Whitespace and dots are not allowed at either end. */
const EDGES = /^[\s.]+|[\s.]+$/gu;
/** Windows device names, reserved whatever the extension (`con.txt`, `aux.tar.gz`). */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;
const EXTENSION = new RegExp(`^[\\p{L}\\p{N}_-]{1,${MAX_EXTENSION_LENGTH}}$`, 'u');

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

function clean(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(LINE_SEPARATORS, ' ').replace(ILLEGAL, '_');
}

function cleanExtension(extension: string | undefined): string {
  if (!extension) return '';
  const cleaned = clean(extension).replace(/^\.+/, '');
  return EXTENSION.test(cleaned) ? cleaned : '';
}

/** Cuts `stem` (by code points, never inside a surrogate pair) until the whole name fits. */
function fit(stem: string, suffix: string): string {
  const points = Array.from(stem);
  while (points.length > 0) {
    const candidate = points.join('') + suffix;
    if (candidate.length <= MAX_LENGTH && utf8Length(candidate) <= MAX_UTF8_BYTES) break;
    points.pop();
  }
  return points.join('').replace(EDGES, '');
}

/** A file name safe to hand to the downloads API: no path separators, no control or bidi-override characters, no reserved device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9, with or without extension), no leading dots/trailing dots/spaces, at most 120 characters keeping the extension, never empty (fallback "attachment"). */
export function safeFileName(name: string, fallbackExtension?: string): string {
  // Only the last path component: `../../etc/passwd` is `passwd`, `C:\x\y.txt` is `y.txt`.
  const components = String(name ?? '')
    .split(/[/\\]+/)
    .filter((part) => part !== '');
  let base = clean(components[components.length - 1] ?? '').replace(EDGES, '');

  let stem = base;
  let extension = '';
  const dot = base.lastIndexOf('.');
  if (dot > 0) {
    const candidate = base.slice(dot + 1);
    if (EXTENSION.test(candidate)) {
      stem = base.slice(0, dot).replace(EDGES, '');
      extension = candidate;
    }
  }
  // Chrome refuses .lnk, .local and shell class-id extensions outright: keep them as text.
  if (/^(?:lnk|local)$/i.test(extension) || /\.\{[^}]*\}?$/.test(base)) {
    stem = base.replace(/\./g, '_');
    extension = '';
  }
  if (!extension) extension = cleanExtension(fallbackExtension);
  if (!stem) stem = FALLBACK_NAME;

  const firstPart = (stem.split('.')[0] ?? '').trimEnd();
  if (RESERVED.test(firstPart)) stem = `_${stem}`;

  const suffix = extension ? `.${extension}` : '';
  base = fit(stem, suffix) || FALLBACK_NAME;
  return base + suffix;
}
