import { render, screen, fireEvent, within } from '@testing-library/svelte';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import MessageView from './MessageView.svelte';
import { sendRequest } from '@/utils/messaging';
import type { StoredMessage } from '@/utils/storage';

// English from the component's own strings file, so the tests read like the UI.
vi.mock('@/utils/i18n', async () => {
  const strings = {
    ...((await import('./inbox-strings.json')).default as Record<string, { en: string }>),
    ...((await import('../locales/errors.json')).default as Record<string, { en: string }>),
  };
  return {
    t: (key: string, ...subs: string[]) =>
      (strings[key]?.en ?? key).replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? ''),
    uiLanguage: () => 'en',
  };
});

vi.mock('@/utils/messaging', async (importOriginal) => ({ ...(await importOriginal<object>()), sendRequest: vi.fn() }));

const mockedSend = vi.mocked(sendRequest);

function message(overrides: Partial<StoredMessage> = {}): StoredMessage {
  return {
    id: 'm1',
    is_seen: true,
    subject: 'Welcome to Temp Mail',
    from: 'Example Sender',
    from_email: 'hello@example.org',
    to: 'box@example.com',
    receivedAt: '2026-06-28 09:37:05',
    html: true,
    content: '<p>Hello from the inbox.</p>',
    attachments: [],
    mailbox: 'box@example.com',
    fetchedAt: 0,
    read: true,
    code: null,
    link: null,
    ...overrides,
  };
}

function frame(): HTMLIFrameElement {
  return screen.getByTitle('Message content') as HTMLIFrameElement;
}

const noop = () => {};

/** What the background broadcasts while it downloads. */
function progressReport(report: { messageId: string; name: string; received: number; total: number | null }) {
  return fakeBrowser.runtime.onMessage.trigger({ type: 'downloadProgress', ...report }, {}, noop);
}

beforeEach(() => {
  fakeBrowser.reset();
  mockedSend.mockReset();
});

describe('MessageView', () => {
  it('shows the headers and the subject as a heading', () => {
    render(MessageView, { props: { message: message(), onback: noop, ondelete: noop } });
    expect(screen.getByRole('heading', { name: 'Welcome to Temp Mail' })).toBeInTheDocument();
    expect(screen.getByText('Example Sender')).toBeInTheDocument();
    expect(screen.getByText('hello@example.org')).toBeInTheDocument();
    expect(screen.getByText('box@example.com')).toBeInTheDocument();
    const time = document.querySelector('time');
    expect(time).toHaveAttribute('datetime', '2026-06-28T09:37:05.000Z');
    expect(time?.textContent).toMatch(/2026/);
  });

  it('renders HTML mail in a frame with exactly the safe sandbox', () => {
    render(MessageView, { props: { message: message(), onback: noop, ondelete: noop } });
    const iframe = frame();
    // Same-origin access lets the popup size the frame to its content; no script ever runs in it.
    expect(iframe.getAttribute('sandbox')).toBe('allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    expect(iframe.getAttribute('sandbox')).not.toMatch(/allow-scripts|allow-top-navigation|allow-forms/);
    expect(iframe).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(iframe.getAttribute('srcdoc')).toContain('Hello from the inbox.');
  });

  it('strips scripts and event handlers from a hostile message', () => {
    const hostile = message({
      content:
        '<p>Hi</p><script>alert(1)</script><img src="x" onerror="alert(2)">' +
        '<svg><script>alert(3)</script></svg><a href="javascript:alert(4)">click</a>' +
        '<iframe src="https://evil.example"></iframe><form action="https://evil.example"><input></form>',
    });
    render(MessageView, { props: { message: hostile, onback: noop, ondelete: noop } });
    const srcdoc = frame().getAttribute('srcdoc') ?? '';
    expect(srcdoc).toContain('Hi');
    expect(srcdoc.toLowerCase()).not.toContain('<script');
    expect(srcdoc.toLowerCase()).not.toContain('onerror');
    expect(srcdoc.toLowerCase()).not.toContain('javascript:');
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('blocks remote images until the user asks, for this message only', async () => {
    const remote = 'https://tracker.example/pixel.png';
    const withImage = message({ id: 'img', content: `<p>News</p><img src="${remote}" alt="pixel">` });
    const { rerender } = render(MessageView, { props: { message: withImage, onback: noop, ondelete: noop } });
    expect(frame().getAttribute('srcdoc')).not.toContain(remote);
    expect(screen.getByText('Remote images are blocked to protect your privacy.')).toBeInTheDocument();

    await fireEvent.click(screen.getByRole('button', { name: 'Load remote images' }));
    expect(frame().getAttribute('srcdoc')).toContain(remote);
    expect(screen.queryByRole('button', { name: 'Load remote images' })).toBeNull();

    // Another message starts blocked again.
    await rerender({ message: { ...withImage, id: 'img2' } });
    expect(frame().getAttribute('srcdoc')).not.toContain(remote);
    expect(screen.getByRole('button', { name: 'Load remote images' })).toBeInTheDocument();
  });

  it('shows no remote bar when nothing was blocked', () => {
    render(MessageView, { props: { message: message(), onback: noop, ondelete: noop } });
    expect(screen.queryByRole('button', { name: 'Load remote images' })).toBeNull();
  });

  it('shows plain text literally, with its links clickable', () => {
    const plain = message({ html: false, content: 'Hello <b>hi</b>\nConfirm: https://example.org/confirm?x=1 thanks' });
    render(MessageView, { props: { message: plain, onback: noop, ondelete: noop } });
    expect(screen.queryByTitle('Message content')).toBeNull();
    const body = document.querySelector('.text-body') as HTMLElement;
    expect(body.textContent).toBe('Hello <b>hi</b>\nConfirm: https://example.org/confirm?x=1 thanks');
    expect(body.querySelector('b')).toBeNull();
    const link = within(body).getByRole('link');
    expect(link).toHaveAttribute('href', 'https://example.org/confirm?x=1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('calls onback and ondelete', async () => {
    const onback = vi.fn();
    const ondelete = vi.fn();
    render(MessageView, { props: { message: message(), onback, ondelete } });
    await fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(onback).toHaveBeenCalledOnce();
    // Delete asks first: Cancel keeps the message, the confirm button deletes it.
    await fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(ondelete).not.toHaveBeenCalled();
    expect(screen.getByText('Delete this message? It is deleted on the server too.')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'cancel' }));
    expect(ondelete).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Delete message' }));
    expect(ondelete).toHaveBeenCalledOnce();
  });

  it('moves focus to the subject when a message opens', () => {
    render(MessageView, { props: { message: message(), onback: noop, ondelete: noop } });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Welcome to Temp Mail' }));
  });

  it('lists attachments above the body, so a long mail never hides them', () => {
    render(MessageView, {
      props: {
        message: message({ attachments: [{ name: 'a.txt', extension: 'txt', size: 3, url: 'https://v1.tempmailg.com/a' }] }),
        onback: noop,
        ondelete: noop,
      },
    });
    const attachments = screen.getByRole('heading', { name: 'Attachments' });
    expect(attachments.compareDocumentPosition(frame()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('disables Delete while deleting', () => {
    render(MessageView, { props: { message: message(), onback: noop, ondelete: noop, deleting: true } });
    expect(screen.getByRole('button', { name: 'Deleting…' })).toBeDisabled();
  });

  it('offers the code chip and copies the code', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(MessageView, { props: { message: message({ code: '987654' }), onback: noop, ondelete: noop } });
    const chip = screen.getByRole('button', { name: 'Copy code 987654' });
    await fireEvent.click(chip);
    expect(writeText).toHaveBeenCalledWith('987654');
    await vi.waitFor(() => expect(chip).toHaveTextContent('Copied'));
  });

  it('offers the link chip for http(s) links only', () => {
    const { rerender } = render(MessageView, {
      props: { message: message({ link: 'https://example.org/verify' }), onback: noop, ondelete: noop },
    });
    const chip = screen.getByRole('link', { name: 'Open link' });
    expect(chip).toHaveAttribute('href', 'https://example.org/verify');
    expect(chip).toHaveAttribute('rel', 'noopener noreferrer');
    rerender({ message: message({ link: 'javascript:alert(1)' }) });
    return vi.waitFor(() => expect(screen.queryByRole('link', { name: 'Open link' })).toBeNull());
  });

  it('never uses {@html} in its source', async () => {
    const sources = {
      MessageView: (await import('./MessageView.svelte?raw')).default,
      AttachmentList: (await import('./AttachmentList.svelte?raw')).default,
      InboxList: (await import('./InboxList.svelte?raw')).default,
    };
    for (const [name, source] of Object.entries(sources)) {
      expect(source.length, name).toBeGreaterThan(100);
      expect(source, name).not.toContain('{@html');
    }
  });
});

describe('AttachmentList (in MessageView)', () => {
  const withFiles = message({
    id: 'att',
    attachments: [
      { name: 'file.txt', extension: 'txt', size: 91, url: 'https://v1.tempmailg.com/api/messages/att/attachments/file.txt' },
      { name: 'report.pdf', extension: 'pdf', size: 2.5 * 1024 * 1024, url: 'https://v1.tempmailg.com/x' },
    ],
  });

  it('lists names and sizes', () => {
    render(MessageView, { props: { message: withFiles, onback: noop, ondelete: noop } });
    expect(screen.getByText('file.txt')).toBeInTheDocument();
    expect(screen.getByText('91 bytes')).toBeInTheDocument();
    expect(screen.getByText('2.5 MB')).toBeInTheDocument();
  });

  it('asks the background to download, shows progress, then where it was saved', async () => {
    let finish!: (value: Awaited<ReturnType<typeof sendRequest>>) => void;
    mockedSend.mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    render(MessageView, { props: { message: withFiles, onback: noop, ondelete: noop } });

    const button = screen.getByRole('button', { name: 'Download file.txt' });
    await fireEvent.click(button);
    expect(mockedSend).toHaveBeenCalledExactlyOnceWith('downloadAttachment', { messageId: 'att', name: 'file.txt' });
    expect(button).toBeDisabled();

    await progressReport({ messageId: 'att', name: 'file.txt', received: 40, total: 91 });
    const progress = await vi.waitFor(() => {
      const element = document.querySelector('progress');
      if (!element) throw new Error('no progress yet');
      return element;
    });
    expect(progress).toHaveAttribute('max', '91');
    expect(progress).toHaveAttribute('value', '40');

    // Progress for another message or file changes nothing.
    await progressReport({ messageId: 'other', name: 'file.txt', received: 90, total: 91 });
    expect(progress).toHaveAttribute('value', '40');

    finish({ ok: true, value: { downloadId: 7, fileName: 'file.txt' } });
    expect(await screen.findByText('Saved as file.txt')).toBeInTheDocument();
    expect(document.querySelector('progress')).toBeNull();
    expect(button).toBeEnabled();
  });

  it('shows the error message when the download fails', async () => {
    mockedSend.mockResolvedValue({
      ok: false,
      error: { kind: 'not-found', reason: 'attachment-gone' },
    } as never);
    render(MessageView, { props: { message: withFiles, onback: noop, ondelete: noop } });
    await fireEvent.click(screen.getByRole('button', { name: 'Download report.pdf' }));
    expect(await screen.findByText('That attachment is no longer here.')).toBeInTheDocument();
  });

  it('stops listening for progress once gone', async () => {
    const { unmount } = render(MessageView, { props: { message: withFiles, onback: noop, ondelete: noop } });
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    unmount();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
