// What is never scanned: page furniture (menus, footers, related lists, comments, ad captions), things that are not
// prose (scripts, forms, media), iframes, editable regions, hidden content, and the extension's own card (fallback marks, soi-so-mark, are inline
// and read through like <b>).

const SKIP_TAGS = new Set([
  'NAV', 'ASIDE', 'FOOTER', 'FORM', 'IFRAME', 'FRAME', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS',
  'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'OPTION', 'MENU', 'DIALOG', 'HEAD',
  'TITLE', 'META', 'LINK', 'MATH', 'PICTURE', 'IMG',
  'SOI-SO-CARD',
]);

// Class and id words that name page furniture on Vietnamese news sites (tin liên quan = related news,
// bình luận = comments, quảng cáo = advertising, tin khác = other news, xem nhiều = most read).
const FURNITURE = /(?:^|[\s_-])(?:related|relate|relates|comments?|binh-?luan|binhluan|ads?|adv|advert\w*|adsense|quang-?cao|quangcao|banner|share|sharing|social|tags?|breadcrumbs?|menu|navbar|navigation|sidebar|footer|tin-?lien-?quan|tinlienquan|lienquan|tin-?khac|tinkhac|other-?news|most-?view\w*|xem-?nhieu|newsletter|subscribe|popup|modal|cookie)(?:[\s_-]|$)/i;

const HIDDEN_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar', 'search', 'dialog']);

/** True when the element and everything inside it must be left alone. `furniture` turns on the class/id heuristics,
 *  which are applied only below the article root so a root named "content-share" is not lost. `extraExclude` is a
 *  selector, or the elements it matched (one query for a whole walk instead of one match per element). */
export function isSkipped(el: Element, furniture: boolean, extraExclude?: string | ReadonlySet<Element>): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  // Most elements of an article's text (<p>, <b>, <a> …) carry no attributes: nothing more to read on them.
  if (el.hasAttributes() && skippedByAttributes(el, furniture)) return true;
  if (extraExclude) return typeof extraExclude === 'string' ? el.matches(extraExclude) : extraExclude.has(el);
  return false;
}

function skippedByAttributes(el: Element, furniture: boolean): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && HIDDEN_ROLES.has(role)) return true;
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (furniture) {
    const cls = el.getAttribute('class');
    if (cls && FURNITURE.test(cls)) return true;
    const id = el.getAttribute('id');
    if (id && FURNITURE.test(id)) return true;
  }
  return false;
}
