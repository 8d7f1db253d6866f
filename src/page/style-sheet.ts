// Adds CSS to a document or shadow root without touching the page's markup when possible: a constructed sheet in
// adoptedStyleSheets is not an element and is not blocked by a strict style-src CSP. Where constructed sheets cannot
// be adopted from a content script (Firefox's Xray wrappers refuse sheets made in the script's compartment), a
// <style> element carries the rules instead. Returns a function that takes the rules away again.

export function addStyles(target: Document | ShadowRoot, css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    // Pushed onto the live list (in Chromium half the cost of assigning a new array); assigned where the list handed
    // out is a copy.
    target.adoptedStyleSheets.push(sheet);
    if (!target.adoptedStyleSheets.includes(sheet)) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    if (target.adoptedStyleSheets.includes(sheet)) {
      return () => {
        target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    // Fall through to a <style> element.
  }
  const doc = 'createElement' in target ? target : target.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = css;
  const parent = 'documentElement' in target ? target.documentElement : target;
  parent.appendChild(style);
  return () => style.remove();
}
