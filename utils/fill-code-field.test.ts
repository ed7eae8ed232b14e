import { fillCodeField } from './fill-field';

/** Six single-character boxes that, like most OTP widgets, move the focus on by themselves. */
function selfMovingBoxes(count = 6) {
  document.body.innerHTML = `<div>${'<input maxlength="1" inputmode="numeric">'.repeat(count)}</div>`;
  const boxes = [...document.querySelectorAll('input')];
  const heard: Array<{ box: number; type: string; data: string | null; value: string }> = [];
  boxes.forEach((box, i) => {
    for (const type of ['beforeinput', 'input', 'change']) {
      box.addEventListener(type, (event) => {
        heard.push({ box: i, type, data: (event as InputEvent).data ?? null, value: box.value });
      });
    }
    box.addEventListener('input', () => {
      if (box.value) boxes[i + 1]?.focus();
    });
  });
  return { boxes, heard };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('fillCodeField', () => {
  it('fills a single field with the whole code, as one replacement', () => {
    document.body.innerHTML = '<input autocomplete="one-time-code">';
    const field = document.querySelector('input')!;
    const inputs: InputEvent[] = [];
    field.addEventListener('input', (event) => inputs.push(event as InputEvent));
    expect(fillCodeField([field], '482913')).toBe(true);
    expect(field.value).toBe('482913');
    expect(inputs.map((event) => [event.inputType, event.data])).toEqual([['insertReplacementText', '482913']]);
  });

  it('types one character per box; the page hears beforeinput, input and change for each, and moves the focus itself', () => {
    const { boxes, heard } = selfMovingBoxes();
    expect(fillCodeField(boxes, '482913')).toBe(true);
    expect(boxes.map((box) => box.value).join('')).toBe('482913');
    const inputs = heard.filter((event) => event.type === 'input');
    expect(inputs.map((event) => [event.box, event.data, event.value])).toEqual([
      [0, '4', '4'],
      [1, '8', '8'],
      [2, '2', '2'],
      [3, '9', '9'],
      [4, '1', '1'],
      [5, '3', '3'],
    ]);
    // Each box's events in typing order: beforeinput (value not yet there), input, change.
    expect(heard.filter((event) => event.box === 2).map((event) => [event.type, event.value])).toEqual([
      ['beforeinput', ''],
      ['input', '2'],
      ['change', '2'],
    ]);
    expect(document.activeElement).toBe(boxes[5]);
  });

  it('fills boxes a framework keeps in its own state (the state sees every character)', () => {
    document.body.innerHTML = '<input maxlength="1">'.repeat(4);
    const boxes = [...document.querySelectorAll('input')];
    const state = ['', '', '', ''];
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    boxes.forEach((box, i) => {
      // Like React: the instance setter is the framework's, so only the native setter shows a change.
      let tracked = '';
      Object.defineProperty(box, 'value', {
        configurable: true,
        get: () => native.get!.call(box),
        set: (v: string) => {
          tracked = v;
          native.set!.call(box, v);
        },
      });
      box.addEventListener('input', () => {
        const now = native.get!.call(box) as string;
        if (now !== tracked) state[i] = tracked = now;
        box.value = state[i]!; // re-render from state
      });
    });
    expect(fillCodeField(boxes, 'A7K9')).toBe(true);
    expect(state).toEqual(['A', '7', 'K', '9']);
  });

  it('leaves a box to a page that cancels its beforeinput, and says the code did not get in', () => {
    const { boxes } = selfMovingBoxes(4);
    boxes[2]!.addEventListener('beforeinput', (event) => event.preventDefault());
    expect(fillCodeField(boxes, '1234')).toBe(false);
    expect(boxes.map((box) => box.value)).toEqual(['1', '2', '', '4']);
  });

  it('writes nothing when the code has another length than the boxes', () => {
    const { boxes, heard } = selfMovingBoxes(6);
    expect(fillCodeField(boxes, '12345')).toBe(false);
    expect(heard).toEqual([]);
  });

  it('accepts a page that upper-cases what it is given', () => {
    const { boxes } = selfMovingBoxes(4);
    for (const box of boxes) box.addEventListener('input', () => (box.value = box.value.toUpperCase()));
    expect(fillCodeField(boxes, 'ab12')).toBe(true);
  });
});
