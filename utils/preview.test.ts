import { messagePreview } from './preview';

describe('messagePreview', () => {
  it('reads HTML as a browser lays it out: blocks apart, styles left out, a preheader first as mail apps show it', () => {
    const html =
      '<html><head><style>p{color:red}</style></head><body><div style="display:none">hidden preheader</div>' +
      '<p>Welcome!</p><p>Your code is <b>438810</b>.</p></body></html>';
    expect(messagePreview({ id: 'h1', html: true, content: html })).toBe('hidden preheader Welcome! Your code is 438810.');
  });

  it('puts a plain-text mail on one line and cuts it to 160 characters', () => {
    const text = `Hello,\n\n${'word '.repeat(60)}`;
    const preview = messagePreview({ id: 't1', html: false, content: text });
    expect(preview.startsWith('Hello, word word')).toBe(true);
    expect(preview.length).toBe(160);
    expect(preview).not.toMatch(/\n/);
  });

  it('is empty for an empty mail', () => {
    expect(messagePreview({ id: 'e1', html: true, content: '' })).toBe('');
  });
});
