import { normalizeChars, readHtmlMail, readPlainMail } from './text';

describe('readHtmlMail: text laid out as a browser lays it out', () => {
  it('joins table cells of a row however the source breaks its lines', () => {
    const html =
      '<p>Code:</p>\n<table><tr>\n  <td>3</td>\n  <td>9</td>\n  <td></td>\n  <td>1</td>\n</tr>\n<tr><td>next row</td></tr></table>';
    expect(readHtmlMail(html).text).toBe('Code:\n3\t9\t1\nnext row');
  });

  it('ends lines at blocks, rows and <br>, never at a source line break inside text', () => {
    const html = '<div>Your\n   verification\ncode</div><div>is <b>48</b><b>29</b><br>13</div><ul><li>a</li><li>b</li></ul>';
    expect(readHtmlMail(html).text).toBe('Your verification code\nis 4829\n13\na\nb');
  });

  it('follows inline display styles: inline-block divs sit side by side, a block span breaks', () => {
    const html =
      '<div style="display:inline-block">4</div>\n<div style="display: inline-block">8</div><span style="display:block">next</span>after';
    expect(readHtmlMail(html).text).toBe('4 8\nnext\nafter');
  });

  it('keeps the line breaks of <pre> and drops head, style, script and comments', () => {
    const html = '<head><title>T 111111</title><style>p{}</style></head><!-- 222222 --><script>x=333333</script><pre>a\nb</pre>';
    expect(readHtmlMail(html).text).toBe('a\nb');
  });

  it('decodes entities after splitting tags, so &lt;b&gt; stays text', () => {
    expect(readHtmlMail('<p>&lt;b&gt; 482&nbsp;913 &amp; C&oacute;digo</p>').text).toBe('<b> 482 913 & Código');
  });

  it('gives each link its words (text, image alt, title) and its offsets in the text', () => {
    const html = '<p>To confirm, <a href="https://x.test/c?a=1&amp;b=2" title="Confirm">click <img alt="here"></a>.</p>';
    const { text, links } = readHtmlMail(html);
    expect(links).toEqual([{ href: 'https://x.test/c?a=1&b=2', text: 'click Confirm here', start: 11, end: 17 }]);
    expect(text.slice(11, 17)).toBe(' click');
  });

  it('adds bare URLs of the text, but not the text of a link', () => {
    const html = '<p><a href="https://a.test/x">https://a.test/x</a> or https://b.test/y.</p>';
    expect(readHtmlMail(html).links.map((link) => link.href)).toEqual(['https://a.test/x', 'https://b.test/y']);
  });

  // Its time on such input is the bench's (`node bench/verification.js`); a quadratic reader would
  // hang here past the test's timeout.
  it('reads unclosed tags and quotes to the end', () => {
    const html = `<a href="${'x'.repeat(50_000)}<p>${'<div '.repeat(20_000)}`;
    expect(() => readHtmlMail(html)).not.toThrow();
  });
});

describe('readPlainMail', () => {
  it('keeps lines, collapses spaces and blank lines, finds URLs with their offsets', () => {
    const { text, links } = readPlainMail('Hi  there,\r\n\r\n  Verify:\nhttps://x.test/v?t=1.\n');
    expect(text).toBe('Hi there,\nVerify:\nhttps://x.test/v?t=1.');
    expect(links).toEqual([{ href: 'https://x.test/v?t=1', text: '', start: 18, end: 38 }]);
  });
});

describe('normalizeChars', () => {
  it('reads full-width, Arabic-Indic, Persian, Devanagari and Thai digits as ASCII', () => {
    expect(normalizeChars('４８２９１３ ٤٨٢٩١٣ ۴۸۲۹۱۳ ४८२९१३ ๔๘๒๙๑๓')).toBe('482913 482913 482913 482913 482913');
  });

  it('drops invisible characters, makes every space a space and every hyphen ASCII', () => {
    expect(normalizeChars('48\u200b29\u00ad13\u00a0A\u2009B 123\u2011456 \u2212')).toBe('482913 A B 123-456 -');
  });

  it('composes decomposed Vietnamese and reads Turkish İ as I', () => {
    expect(normalizeChars('Ma\u0303 xa\u0301c minh İndirim')).toBe('Mã xác minh Indirim');
  });
});
