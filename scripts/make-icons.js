// Draws the toolbar icon (an envelope on a blue rounded square) at every size the stores want and
// writes the PNGs into public/icon/. Run once after changing the drawing; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x + 0.5, y + 0.5), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage of a point in unit coordinates (0..1): 4×4 supersampling for smooth edges. */
function draw(u, v) {
  const r = 0.2;
  const inSquare = (x, y) => {
    const dx = Math.max(r - x, 0, x - (1 - r));
    const dy = Math.max(r - y, 0, y - (1 - r));
    return dx * dx + dy * dy <= r * r;
  };
  if (!inSquare(u, v)) return null;
  // Envelope body.
  const left = 0.2,
    right = 0.8,
    top = 0.3,
    bottom = 0.72,
    stroke = 0.055;
  const inEnvelope = u >= left && u <= right && v >= top && v <= bottom;
  if (inEnvelope) {
    const flapY = top + (Math.abs(u - 0.5) / 0.3) * -0.24 + 0.24;
    const onFlap = Math.abs(v - flapY) < stroke * 0.75 && v <= 0.56;
    return onFlap ? 'blue' : 'white';
  }
  return 'blue';
}

const COLORS = { blue: [26, 102, 210, 255], white: [255, 255, 255, 255] };
mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  const image = png(size, (x, y) => {
    const totals = [0, 0, 0, 0];
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) {
        const color = draw((x - 0.5 + (i + 0.5) / 4) / size, (y - 0.5 + (j + 0.5) / 4) / size);
        const rgba = color ? COLORS[color] : [0, 0, 0, 0];
        for (let k = 0; k < 3; k++) totals[k] += rgba[k] * rgba[3];
        totals[3] += rgba[3];
      }
    const alpha = totals[3] / 16;
    return alpha ? [0, 1, 2].map((k) => Math.round(totals[k] / totals[3])).concat(Math.round(alpha)) : [0, 0, 0, 0];
  });
  writeFileSync(`public/icon/${size}.png`, image);
}
console.log('icons written to public/icon/');
