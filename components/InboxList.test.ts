import { render, screen, fireEvent, within } from '@testing-library/svelte';
import InboxList from './InboxList.svelte';
import type { StoredMessage } from '@/utils/storage';

// English from the component's own strings file, so the tests read like the UI.
vi.mock('@/utils/i18n', async () => {
  const strings = (await import('./inbox-strings.json')).default as Record<string, { en: string }>;
  return {
    t: (key: string, ...subs: string[]) =>
      (strings[key]?.en ?? key).replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? ''),
    uiLanguage: () => 'en',
  };
});

const NOW = Date.UTC(2026, 5, 28, 12, 0, 0);

function message(overrides: Partial<StoredMessage> = {}): StoredMessage {
  return {
    id: 'm1',
    is_seen: false,
    subject: 'Hello',
    from: 'Example Sender',
    from_email: 'hello@example.org',
    to: 'box@example.com',
    receivedAt: '2026-06-28 11:58:00',
    html: true,
    content: '<p>Hi</p>',
    attachments: [],
    mailbox: 'box@example.com',
    fetchedAt: NOW,
    read: true,
    code: null,
    link: null,
    ...overrides,
  };
}

function rows(): HTMLElement[] {
  return within(screen.getByRole('list')).getAllByRole('listitem');
}

describe('InboxList', () => {
  it('shows the newest message first, reading receivedAt as UTC', () => {
    render(InboxList, {
      props: {
        now: NOW,
        onopen: () => {},
        messages: [
          message({ id: 'old', subject: 'Older', receivedAt: '2026-06-28 09:00:00' }),
          message({ id: 'new', subject: 'Newest', receivedAt: '2026-06-28 11:58:00' }),
          message({ id: 'mid', subject: 'Middle', receivedAt: '2026-06-28 11:00:00' }),
        ],
      },
    });
    const subjects = rows().map((row) => row.querySelector('.subject')?.textContent);
    expect(subjects).toEqual(['Newest', 'Middle', 'Older']);
    // 11:58 UTC against 12:00 UTC: two minutes, whatever the test machine's time zone.
    expect(rows()[0]).toHaveTextContent(/2 min\.? ago/);
    expect(rows()[1]).toHaveTextContent(/1 hr\.? ago/);
  });

  it('marks unread messages with a dot and accessible text', () => {
    render(InboxList, {
      props: {
        now: NOW,
        onopen: () => {},
        messages: [message({ id: 'a', read: false }), message({ id: 'b', read: true, receivedAt: '2026-06-28 10:00:00' })],
      },
    });
    const [unread, read] = rows();
    expect(unread).toHaveClass('unread');
    expect(within(unread!).getByRole('button', { name: /Unread/ })).toBeInTheDocument();
    expect(unread!.querySelector('.dot')).not.toBeNull();
    expect(read).not.toHaveClass('unread');
    expect(read).not.toHaveTextContent('Unread');
  });

  it('names the sender, falling back to the address, and a missing subject', () => {
    render(InboxList, {
      props: { now: NOW, onopen: () => {}, messages: [message({ from: '', subject: '' })] },
    });
    expect(rows()[0]).toHaveTextContent('hello@example.org');
    expect(rows()[0]).toHaveTextContent('(no subject)');
  });

  it('marks messages with attachments', () => {
    render(InboxList, {
      props: {
        now: NOW,
        onopen: () => {},
        messages: [
          message({ id: 'with', attachments: [{ name: 'a.txt', extension: 'txt', size: 3, url: 'https://x/a.txt' }] }),
          message({ id: 'without', receivedAt: '2026-06-28 10:00:00' }),
        ],
      },
    });
    expect(rows()[0]).toHaveTextContent('Has attachments');
    expect(rows()[0]!.querySelector('svg.clip')).not.toBeNull();
    expect(rows()[1]).not.toHaveTextContent('Has attachments');
  });

  it('copies the verification code and says so for a moment', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      const onopen = vi.fn();
      render(InboxList, {
        props: { now: NOW, onopen, messages: [message({ code: '123456', link: 'https://example.org/verify' })] },
      });
      const chip = screen.getByRole('button', { name: 'Copy code 123456' });
      // A mail with both offers both: the code to type, the link to click instead (issue 11).
      expect(screen.getByRole('link', { name: 'Open link' })).toHaveAttribute('href', 'https://example.org/verify');
      await fireEvent.click(chip);
      await vi.waitFor(() => expect(chip).toHaveTextContent('Copied'));
      expect(writeText).toHaveBeenCalledWith('123456');
      expect(onopen).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1600);
      expect(chip).toHaveTextContent('Copy code 123456');
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers the link as a safe new-tab link, and only for http(s)', () => {
    render(InboxList, {
      props: {
        now: NOW,
        onopen: () => {},
        messages: [
          message({ id: 'good', link: 'https://example.org/confirm?t=1' }),
          message({ id: 'bad', link: 'javascript:alert(1)', receivedAt: '2026-06-28 10:00:00' }),
        ],
      },
    });
    const links = screen.getAllByRole('link', { name: 'Open link' });
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://example.org/confirm?t=1');
    expect(links[0]).toHaveAttribute('target', '_blank');
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows a friendly empty state', () => {
    render(InboxList, { props: { now: NOW, onopen: () => {}, messages: [] } });
    expect(screen.getByText('No mail yet — messages to this address appear here within seconds.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('opens a message when its row is clicked', async () => {
    const onopen = vi.fn();
    render(InboxList, {
      props: {
        now: NOW,
        onopen,
        messages: [
          message({ id: 'first', subject: 'First' }),
          message({ id: 'second', subject: 'Second', receivedAt: '2026-06-28 10:00:00' }),
        ],
      },
    });
    await fireEvent.click(screen.getByRole('button', { name: /Second/ }));
    expect(onopen).toHaveBeenCalledExactlyOnceWith('second');
  });

  it('shows a one-line preview, and in the All addresses view the address each message came to', () => {
    render(InboxList, {
      props: {
        now: NOW,
        onopen: () => {},
        showMailbox: true,
        messages: [message({ content: '<p>Welcome aboard!</p><p>Your code is 438810.</p>', mailbox: 'first@mail.test' })],
      },
    });
    const [row] = rows();
    expect(row?.querySelector('.preview')).toHaveTextContent('Welcome aboard! Your code is 438810.');
    expect(row).toHaveTextContent('To first@mail.test');
  });

  it('puts the chips on their own line, never beside the subject', () => {
    render(InboxList, {
      props: { now: NOW, onopen: () => {}, messages: [message({ code: '438810', subject: '438810 is your verification code' })] },
    });
    const [row] = rows();
    const chips = row?.querySelector('.chips');
    expect(chips?.querySelector('button.chip')).not.toBeNull();
    // The row button holds the subject; the chips sit after it, not inside its line.
    expect(row?.querySelector('button.open')?.nextElementSibling).toBe(chips);
  });

  it('never nests a control inside the row button', () => {
    render(InboxList, {
      props: { now: NOW, onopen: () => {}, messages: [message({ code: '42' }), message({ id: 'l', link: 'https://e.org' })] },
    });
    for (const open of screen.getByRole('list').querySelectorAll('button.open')) {
      expect(open.querySelector('a, button, input')).toBeNull();
    }
  });
});
