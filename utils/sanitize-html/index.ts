/**
 * The only module that imports DOMPurify: turns untrusted mail HTML into the `srcdoc` of a
 * sandboxed iframe (`sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"`,
 * never `allow-scripts`: no script runs in it, so same-origin access serves only the popup, which
 * reads the frame's layout to give it its content's height).
 *
 * Three layers, each enough on its own for remote loads: DOMPurify removes active content, the
 * hooks below strip or rewrite every URL that would fetch something, and the document carries a
 * CSP that lets images load only from `data:` until the user asks for remote images.
 *
 * This file is the DOMPurify policy (forbidden tags and attributes, the hooks, the srcdoc);
 * `url-policy.ts` judges one URL, `attributes.ts` checks URL-bearing attributes, and
 * `css-tokenizer.ts` + `css-rewriter.ts` find and neutralise every URL in CSS.
 */
import DOMPurify, { type Config, type UponSanitizeElementHookEvent } from 'dompurify';
import { countRemovedFetches, sanitizeAttributes } from './attributes';
import { rewriteCss } from './css-rewriter';
import type { Policy } from './url-policy';

export interface SanitizeOptions {
  /** Keep http(s) images, backgrounds and CSS image URLs (the user pressed "Load remote images"). */
  allowRemote: boolean;
}

export interface SanitizedMessage {
  srcdoc: string;
  /**
   * How many remote (http, https or protocol-relative) references were removed or neutralised in
   * this output: images, backgrounds, CSS `url()`/`image-set()`, `@import`, fonts, media, `link`,
   * frames, objects, SVG references. With `allowRemote: true` it counts what still stays blocked
   * (`@import`, fonts, media, frames…). `cid:` and relative references are removed but not
   * counted: loading remote content would not bring them back.
   */
  blockedRemote: number;
}

const CSP_COMMON =
  "style-src 'unsafe-inline'; font-src data:; media-src data:; form-action 'none'; frame-src 'none'; base-uri 'none'";
/** The Content-Security-Policy of the srcdoc while remote content is blocked. */
export const CSP_REMOTE_BLOCKED = `default-src 'none'; img-src data:; ${CSP_COMMON}`;
/** The Content-Security-Policy of the srcdoc after the user allowed remote images. */
export const CSP_REMOTE_ALLOWED = `default-src 'none'; img-src data: https: http:; ${CSP_COMMON}`;

const DEFAULT_STYLE =
  'html{-webkit-text-size-adjust:100%}' +
  'body{margin:8px;max-width:100%;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;' +
  // `anywhere`, not `break-word`: a long URL in a table cell wraps instead of widening the cell.
  'overflow-wrap:anywhere;word-wrap:break-word}' +
  'img,video{max-width:100%;height:auto}' +
  'table{max-width:100%}' +
  'pre{white-space:pre-wrap}';

/** Elements that never survive, whatever DOMPurify's defaults say. */
const FORBIDDEN_TAGS = [
  'script',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'base',
  'basefont',
  'meta',
  'link',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'keygen',
  'output',
  'portal',
  'fencedframe',
  'slot',
  'noembed',
  'noframes',
  'plaintext',
  'xmp',
  'math',
  'foreignobject',
  'animate',
  'animatemotion',
  'animatetransform',
  'animatecolor',
  'set',
  'use',
  'discard',
  'dialog',
];

/** Attributes that act (submit, ping, download, fetch) or carry documents. */
const FORBIDDEN_ATTRS = [
  'action',
  'formaction',
  'ping',
  'download',
  'srcdoc',
  'integrity',
  'nonce',
  'crossorigin',
  'popover',
  'popovertarget',
  'popovertargetaction',
  'command',
  'commandfor',
  'autofocus',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'manifest',
  'codebase',
  'archive',
  'data',
  'target',
];

const PURIFY_CONFIG: Config = {
  USE_PROFILES: { html: true, svg: true, svgFilters: true },
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: FORBIDDEN_ATTRS,
  ALLOW_DATA_ATTR: false,
  // Mail often puts <style> in <head>: keep it by parsing everything into <body>.
  FORCE_BODY: true,
};

/** Turns untrusted mail HTML into the srcdoc of a sandboxed iframe (sandbox="allow-popups allow-popups-to-escape-sandbox", no allow-scripts, no allow-same-origin). */
export function sanitizeMessageHtml(html: string, options: SanitizeOptions): SanitizedMessage {
  if (typeof window === 'undefined') throw new Error('sanitizeMessageHtml needs a DOM window');
  // A dedicated instance per call: hooks and state never leak between allowRemote modes.
  const purify = DOMPurify(window);
  // DOMPurify returns its input untouched when it cannot run: refuse instead.
  if (!purify.isSupported) throw new Error('DOMPurify is not supported in this environment');

  const policy: Policy = { allowRemote: options.allowRemote, blocked: 0 };
  purify.addHook('uponSanitizeElement', (node: Node, data: UponSanitizeElementHookEvent) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tagName = data.tagName.toLowerCase();
    if (tagName === 'style') el.textContent = rewriteCss(el.textContent ?? '', policy);
    else countRemovedFetches(el, tagName, policy);
  });
  purify.addHook('afterSanitizeAttributes', (node: Element) => {
    if (node.nodeType === 1) sanitizeAttributes(node, policy);
  });

  const body = purify.sanitize(html, PURIFY_CONFIG);
  purify.removeAllHooks();

  const csp = options.allowRemote ? CSP_REMOTE_ALLOWED : CSP_REMOTE_BLOCKED;
  const srcdoc =
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
    '<meta name="referrer" content="no-referrer">' +
    '<base target="_blank">' +
    `<style>${DEFAULT_STYLE}</style>` +
    `</head><body>${body}</body></html>`;
  return { srcdoc, blockedRemote: policy.blocked };
}
