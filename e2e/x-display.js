// @ts-check
/**
 * A private X display for what only a headful browser shows: Chromium's own notification popups
 * (with no notification service on the display, Chromium draws them itself, as override-redirect
 * windows in the bottom-right corner). Real X input reaches them through XTest, and the screen
 * is read with XGetImage — python3 + ctypes on libX11/libXtst, no other tool needed.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';

const X_TOOL = String.raw`
import ctypes, json, struct, sys, zlib
from ctypes import c_int, c_uint, c_ulong, c_long, c_void_p, c_char_p, POINTER, byref
x11 = ctypes.CDLL('libX11.so.6'); xt = ctypes.CDLL('libXtst.so.6')
x11.XOpenDisplay.restype = c_void_p; x11.XOpenDisplay.argtypes = [c_char_p]
x11.XDefaultRootWindow.restype = c_ulong; x11.XDefaultRootWindow.argtypes = [c_void_p]
x11.XSync.argtypes = [c_void_p, c_int]; x11.XFree.argtypes = [c_void_p]
x11.XQueryTree.argtypes = [c_void_p, c_ulong, POINTER(c_ulong), POINTER(c_ulong), POINTER(POINTER(c_ulong)), POINTER(c_uint)]
x11.XGetImage.restype = c_void_p
x11.XGetImage.argtypes = [c_void_p, c_ulong, c_int, c_int, c_uint, c_uint, c_ulong, c_int]
class Attrs(ctypes.Structure):
    _fields_ = [('x', c_int), ('y', c_int), ('width', c_int), ('height', c_int), ('border_width', c_int), ('depth', c_int),
                ('visual', c_void_p), ('root', c_ulong), ('class_', c_int), ('bit_gravity', c_int), ('win_gravity', c_int),
                ('backing_store', c_int), ('backing_planes', c_ulong), ('backing_pixel', c_ulong), ('save_under', c_int),
                ('colormap', c_ulong), ('map_installed', c_int), ('map_state', c_int), ('all_event_masks', c_long),
                ('your_event_mask', c_long), ('do_not_propagate_mask', c_long), ('override_redirect', c_int), ('screen', c_void_p)]
class XImage(ctypes.Structure):
    _fields_ = [('width', c_int), ('height', c_int), ('xoffset', c_int), ('format', c_int), ('data', POINTER(ctypes.c_ubyte)),
                ('byte_order', c_int), ('bitmap_unit', c_int), ('bitmap_bit_order', c_int), ('bitmap_pad', c_int),
                ('depth', c_int), ('bytes_per_line', c_int), ('bits_per_pixel', c_int)]
x11.XGetWindowAttributes.argtypes = [c_void_p, c_ulong, POINTER(Attrs)]
xt.XTestFakeButtonEvent.argtypes = [c_void_p, c_uint, c_int, c_ulong]
xt.XTestFakeMotionEvent.argtypes = [c_void_p, c_int, c_int, c_int, c_ulong]
d = x11.XOpenDisplay(None)
if not d: sys.exit('cannot open the X display')
root = x11.XDefaultRootWindow(d)
def popups():
    r, parent, kids, n = c_ulong(), c_ulong(), POINTER(c_ulong)(), c_uint()
    x11.XQueryTree(d, root, byref(r), byref(parent), byref(kids), byref(n))
    found = []
    for i in range(n.value):
        a = Attrs()
        if x11.XGetWindowAttributes(d, kids[i], byref(a)) and a.map_state == 2 and a.override_redirect:
            found.append({'x': a.x, 'y': a.y, 'width': a.width, 'height': a.height})
    if kids: x11.XFree(kids)
    return found
def shot(path, x, y, w, h):
    im = ctypes.cast(x11.XGetImage(d, root, x, y, w, h, 0xFFFFFFFF, 2), POINTER(XImage)).contents
    raw = ctypes.string_at(im.data, im.bytes_per_line * h)
    rows = b''.join(b'\x00' + b''.join(bytes((raw[o + 2], raw[o + 1], raw[o])) for o in range(r * im.bytes_per_line, r * im.bytes_per_line + w * 4, 4)) for r in range(h))
    chunk = lambda t, data: struct.pack('>I', len(data)) + t + data + struct.pack('>I', zlib.crc32(t + data) & 0xffffffff)
    png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')
    open(path, 'wb').write(png)
for action in sys.argv[1:]:
    kind, _, arg = action.partition(':')
    if kind == 'popups': print(json.dumps(popups()))
    elif kind == 'move':
        x, y = map(int, arg.split(',')); xt.XTestFakeMotionEvent(d, -1, x, y, 0)
    elif kind == 'click':
        xt.XTestFakeButtonEvent(d, int(arg), 1, 0); xt.XTestFakeButtonEvent(d, int(arg), 0, 0)
    elif kind == 'shot':
        path, x, y, w, h = arg.split(','); shot(path, int(x), int(y), int(w), int(h))
    x11.XSync(d, 0)
`;

/** Why a private X display cannot be used here, or '' when it can. */
export function xUnavailable() {
  if (spawnSync('Xvfb', ['-help'], { stdio: 'ignore' }).error) return 'no Xvfb';
  const libs = spawnSync('python3', ['-c', "import ctypes; ctypes.CDLL('libX11.so.6'); ctypes.CDLL('libXtst.so.6')"], {
    stdio: 'ignore',
  });
  if (libs.error || libs.status !== 0) return 'no python3 with libX11/libXtst (XTest)';
  return '';
}

/** The screen size of the private display. */
export const SCREEN = { width: 1280, height: 800 };

/**
 * Starts Xvfb on a free display. Returns its name (":N"), `x(...actions)` to act on it
 * (`move:X,Y`, `click:N`, `shot:PATH,X,Y,W,H`) and `popups()`, the shown override-redirect windows
 * (menus, notification popups) with their screen boxes; `stop()` ends it.
 */
export async function startDisplay() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', `${SCREEN.width}x${SCREEN.height}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start')), 10_000);
    /** @type {import('node:stream').Readable} */ (xvfb.stdio[3]).on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
  });
  const x = (/** @type {string[]} */ ...actions) =>
    execFileSync('python3', ['-c', X_TOOL, ...actions], { env: { ...process.env, DISPLAY: display }, encoding: 'utf8' });
  return {
    display: /** @type {string} */ (display),
    x,
    /** @returns {Array<{x: number, y: number, width: number, height: number}>} */
    popups: () => JSON.parse(x('popups')),
    stop: () => xvfb.kill(),
  };
}
