// What a hostile page can observe, written down as text for the tests to search: every event that
// reaches the window (all `on…` types, in the capture phase, with its string and number fields and
// its target's markup) and every change to the DOM (attributes, text, added nodes).
window.__seen = [];
(() => {
  const note = (text) => window.__seen.push(text);
  const describe = (event) => {
    const parts = [event.type];
    for (const key in event) {
      let value;
      try {
        value = event[key];
      } catch {
        continue;
      }
      if (typeof value === 'string' || typeof value === 'number') parts.push(`${key}=${value}`);
    }
    if (event.target?.outerHTML) parts.push(event.target.outerHTML.slice(0, 4000));
    return parts.join(' ');
  };
  for (const key in window) {
    if (key.startsWith('on')) window.addEventListener(key.slice(2), (event) => note(describe(event)), true);
  }
  new MutationObserver((records) => {
    for (const record of records) {
      const added = [...record.addedNodes].map((node) => node.outerHTML ?? node.textContent);
      note([record.type, record.attributeName, record.target.outerHTML ?? record.target.textContent, ...added].join(' '));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();
