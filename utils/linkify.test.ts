import { findTextUrls, linkifyText, type TextPart, safeHttpHref, trimUrlEnd } from './linkify';
import { findVerification } from './verification';

const text = (value: string): TextPart => ({ kind: 'text', text: value });
const link = (value: string, href = value): TextPart => ({ kind: 'link', text: value, href });

describe('linkifyText', () => {
  it('returns nothing for empty text and one text part without links', () => {
    expect(linkifyText('')).toEqual([]);
    expect(linkifyText('Hello there')).toEqual([text('Hello there')]);
  });

  it('links http and https URLs and leaves the sentence period out', () => {
    expect(linkifyText('Visit https://example.com/path?x=1&y=2#top. Or http://example.org')).toEqual([
      text('Visit '),
      link('https://example.com/path?x=1&y=2#top'),
      text('. Or '),
      link('http://example.org'),
    ]);
  });

  it('gives www. links an https:// href', () => {
    expect(linkifyText('Go to www.example.com!')).toEqual([
      text('Go to '),
      link('www.example.com', 'https://www.example.com'),
      text('!'),
    ]);
  });

  it('excludes trailing ).,!? and friends', () => {
    expect(
      linkifyText('a https://a.test/x, b https://b.test/y; c https://c.test/z? d https://d.test/! e (https://e.test/q).'),
    ).toEqual([
      text('a '),
      link('https://a.test/x'),
      text(', b '),
      link('https://b.test/y'),
      text('; c '),
      link('https://c.test/z'),
      text('? d '),
      link('https://d.test/'),
      text('! e ('),
      link('https://e.test/q'),
      text(').'),
    ]);
  });

  it('keeps balanced parentheses that belong to the URL', () => {
    expect(linkifyText('(see https://en.wikipedia.org/wiki/Foo_(bar)) ok')).toEqual([
      text('(see '),
      link('https://en.wikipedia.org/wiki/Foo_(bar)'),
      text(') ok'),
    ]);
    expect(linkifyText('[https://x.test/a[1]]')).toEqual([text('['), link('https://x.test/a[1]'), text(']')]);
  });

  it('never links javascript:, data: or ftp:', () => {
    const input =
      'javascript:alert(1) JAVASCRIPT://x%0aalert(1) data:text/html,<script>alert(1)</script> ftp://files.example.com';
    expect(linkifyText(input)).toEqual([text(input)]);
  });

  it('keeps markup as literal text', () => {
    expect(linkifyText('<b>bold</b> <a href="https://evil.test">x</a> https://ok.test')).toEqual([
      text('<b>bold</b> <a href="'),
      link('https://evil.test'),
      text('">x</a> '),
      link('https://ok.test'),
    ]);
  });

  it('does not turn e-mail addresses into links', () => {
    const input = 'Write to john@example.com or jane@www.example.com, or support@example.org.';
    expect(linkifyText(input)).toEqual([text(input)]);
  });

  it('does not link a www. in the middle of a word or host', () => {
    expect(linkifyText('foo.www.example.com and xhttps://x.test')).toEqual([text('foo.www.example.com and xhttps://x.test')]);
  });

  it('keeps line breaks and URLs in angle brackets', () => {
    expect(linkifyText('Line one\n<https://x.test/a>\nLine three')).toEqual([
      text('Line one\n<'),
      link('https://x.test/a'),
      text('>\nLine three'),
    ]);
  });

  it('ignores an empty scheme and hosts without a dot', () => {
    expect(linkifyText('https:// and http://localhost and www.')).toEqual([text('https:// and http://localhost and www.')]);
  });

  it('accepts upper-case schemes and non-ASCII paths', () => {
    expect(linkifyText('HTTPS://EXAMPLE.COM/Ärger and https://例え.jp/パス')).toEqual([
      link('HTTPS://EXAMPLE.COM/Ärger'),
      text(' and '),
      link('https://例え.jp/パス'),
    ]);
  });
});

describe('one rule for where a URL ends (mail view and verification finder)', () => {
  it.each([
    ['https://x.test/a.', 'https://x.test/a'],
    ['https://x.test/a…', 'https://x.test/a'],
    ['https://x.test/a”', 'https://x.test/a'],
    ['https://x.test/a’.', 'https://x.test/a'],
    ['https://x.test/a*', 'https://x.test/a'],
    ['https://x.test/a»', 'https://x.test/a'],
    ['https://x.test/a．', 'https://x.test/a'],
    ['https://x.test/a、', 'https://x.test/a'],
    ['https://x.test/a،', 'https://x.test/a'],
    ['https://x.test/a؟', 'https://x.test/a'],
    ['https://x.test/a।', 'https://x.test/a'],
    ['https://x.test/a)', 'https://x.test/a'],
    ['https://x.test/a_(b)', 'https://x.test/a_(b)'],
    ['https://x.test/a）', 'https://x.test/a'],
    ['https://x.test/（a）', 'https://x.test/（a）'],
    ['https://x.test/a】', 'https://x.test/a'],
    ['https://x.test/a?x=1&y=2#top', 'https://x.test/a?x=1&y=2#top'],
  ])('trimUrlEnd(%j) → %j', (input, expected) => expect(trimUrlEnd(input)).toBe(expected));

  it('stops a URL at CJK punctuation written right after it, with no space', () => {
    expect(findTextUrls('请点击链接：https://shili.cn/a/Xk92。链接24小时内有效，谢谢')).toEqual([
      { start: 6, end: 29, text: 'https://shili.cn/a/Xk92', href: 'https://shili.cn/a/Xk92' },
    ]);
    expect(findTextUrls('「https://rei.jp/m/Kq82」をクリック').map((url) => url.text)).toEqual(['https://rei.jp/m/Kq82']);
  });

  it.each([
    'Confirm your email: https://x.test/c/Kq82.',
    'Confirm your email (https://x.test/c/Kq82).',
    'Confirm your email: https://x.test/c/Kq82…',
    '确认邮箱：https://x.test/c/Kq82。',
    'أكد بريدك: https://x.test/c/Kq82،',
    'Confirm your email: www.x.test/c/Kq82!',
  ])('the finder links %j where the mail view does', (text) => {
    const viewed = linkifyText(text).find((part) => part.kind === 'link');
    expect(viewed?.kind === 'link' && viewed.href).toBe(findVerification('', text, false).link);
  });
});

describe('safeHttpHref', () => {
  it.each([
    ['https://shop.example/verify?t=1', 'https://shop.example/verify?t=1'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['data:text/html,x', null],
    ['not a url', null],
    [null, null],
  ])('%j → %j', (input, expected) => expect(safeHttpHref(input)).toBe(expected));
});
