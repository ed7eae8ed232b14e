/**
 * Inline style of the host element: immune to page CSS (inline !important wins; `all:initial` also
 * makes its overflow visible) and out of the layout.
 */
export const HOST_STYLE =
  'all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;' +
  'width:0!important;height:0!important;z-index:2147483647!important;pointer-events:none!important';

/**
 * Styles inside the closed shadow root; `--s` is the button size, set per field. Class names are
 * one letter because they are the only names that reach the bundle: `w` the group (fill button
 * and menu toggle joined in one outlined control), `f` fill, `m` menu toggle, `p` menu, `t` status
 * line; states on the group: `b` busy, `k` filled, `u` menu and status open upwards, `c` a code
 * field's button (no menu). The note after "Don't show on this site" (`notice.ts`) is a status
 * line `t` with `n`, its Undo button `x`.
 */
export const SHADOW_CSS = `
.w{position:absolute;display:flex;background:#fff;border-radius:6px;box-shadow:0 0 0 1px #b9bcd3}
[hidden],.t:empty{display:none!important}
button{all:initial;box-sizing:border-box;display:grid;place-items:center;cursor:pointer;font:inherit;color:inherit}
.f,.m{height:var(--s);color:#4f46e5}
.f{width:var(--s);border-radius:6px 0 0 6px}.c .f{border-radius:6px}.c .m{display:none}
.m{width:16px;border-radius:0 6px 6px 0;border-left:1px solid #dfe1ec}
button:hover,button:focus{background:#eef2ff}
button:focus-visible{outline:2px solid #4f46e5;outline-offset:-2px}
svg{width:72%;height:72%;fill:none;stroke:currentColor;stroke-width:1.7;stroke-linecap:round;stroke-linejoin:round}
.m svg{width:100%}
.b .f{opacity:.5;cursor:progress}.k .f,.k .t,.n.k{color:#15803d}
.p,.t{position:absolute;right:0;top:calc(100% + 4px);background:#fff;border-radius:7px;box-shadow:0 0 0 1px #0002,0 4px 14px #0003}
.u .p,.u .t{top:auto;bottom:calc(100% + 4px)}
.p{display:grid;padding:4px}.p button{padding:6px 10px;border-radius:5px;justify-content:start;white-space:nowrap}
.t{padding:6px 9px;width:max-content;max-width:260px;color:#b91c1c}
.w,.n{pointer-events:auto;font:13px/1.3 system-ui,sans-serif;color:#1e1b4b}.n{max-width:360px;transform:translateX(-100%)}
.x{display:inline;padding:0 2px;border-radius:3px;color:#4338ca;font-weight:600;text-decoration:underline}
`;
