import { safeFileName } from './safe-filename';

describe('safeFileName', () => {
  it.each([
    // Path traversal: only the last component survives.
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\win.ini', 'win.ini'],
    ['C:\\x\\y.txt', 'y.txt'],
    ['/tmp/../', 'attachment'],
    ['folder/', 'folder'],
    // Bidi overrides, marks, isolates and other invisible characters.
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['a\u200Eb\u200Fc.txt', 'abc.txt'],
    ['\u2066x\u2067y\u2068z\u2069.pdf', 'xyz.pdf'],
    ['zero\u200Bwidth\uFEFF.txt', 'zerowidth.txt'],
    // Control characters.
    ['a\u0000b\u0007c\u001Fd\u007F.txt', 'abcd.txt'],
    ['line\nbreak\r\tname.txt', 'linebreakname.txt'],
    // Windows device names, with or without extension.
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['LPT1.log', '_LPT1.log'],
    ['com9', '_com9'],
    ['aux.tar.gz', '_aux.tar.gz'],
    ['nul .txt', '_nul.txt'],
    ['CONSOLE.txt', 'CONSOLE.txt'],
    ['com10.txt', 'com10.txt'],
    // Dots and spaces at the ends.
    ['.htaccess', 'htaccess'],
    ['...', 'attachment'],
    ['report.pdf. . ', 'report.pdf'],
    ['  spaced name.doc  ', 'spaced name.doc'],
    // Empty input.
    ['', 'attachment'],
    ['     ', 'attachment'],
    // Characters Windows refuses.
    ['a:b*c?d"e<f>g|h.txt', 'a_b_c_d_e_f_g_h.txt'],
    ['~backup.txt', '_backup.txt'],
    // Unicode letters are kept (and composed).
    ['résumé.pdf', 'résumé.pdf'],
    ['re\u0301sume\u0301.pdf', 'résumé.pdf'],
    ['报告.docx', '报告.docx'],
    ['Отчёт 2026.xlsx', 'Отчёт 2026.xlsx'],
    // Extensions Chrome's downloads API refuses.
    ['evil.lnk', 'evil_lnk'],
    ['x.local', 'x_local'],
    ['thing.{20D04FE0-3AEA-1069-A2D8-08002B30309D}', 'thing_{20D04FE0-3AEA-1069-A2D8-08002B30309D}'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('keeps the extension when it shortens a long name to 120 characters', () => {
    const result = safeFileName(`${'a'.repeat(300)}.pdf`);
    expect(result).toBe(`${'a'.repeat(116)}.pdf`);
    expect(result).toHaveLength(120);
  });

  it('also keeps multi-byte names under 200 UTF-8 bytes', () => {
    const result = safeFileName(`${'报'.repeat(200)}.pdf`);
    expect(result).toBe(`${'报'.repeat(65)}.pdf`);
    expect(new TextEncoder().encode(result).length).toBeLessThanOrEqual(200);
  });

  it('never splits a surrogate pair', () => {
    const result = safeFileName(`${'😀'.repeat(100)}.png`);
    expect(result).toBe(`${'😀'.repeat(49)}.png`);
    expect(result.isWellFormed()).toBe(true);
  });

  it('does not treat an overlong tail as an extension', () => {
    const result = safeFileName(`name.${'x'.repeat(200)}`);
    expect(result).toBe(`name.${'x'.repeat(115)}`);
  });

  it('removes lone surrogates', () => {
    expect(safeFileName('a\uD800b.txt')).toBe('ab.txt');
  });

  it('adds the fallback extension only when the name has none', () => {
    expect(safeFileName('README', 'txt')).toBe('README.txt');
    expect(safeFileName('photo.jpg', 'png')).toBe('photo.jpg');
    expect(safeFileName('', 'pdf')).toBe('attachment.pdf');
    expect(safeFileName('...', '.bin')).toBe('attachment.bin');
    expect(safeFileName('CON', 'txt')).toBe('_CON.txt');
    expect(safeFileName('x', '../.sh')).toBe('x');
    expect(safeFileName('x', 'a\u202Eexe')).toBe('x.aexe');
  });
});
