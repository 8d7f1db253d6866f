// A site adapter is data, not code: where a supported site keeps its article, headline and dateline, and what inside
// the article must never be scanned. Selectors are tried in order; the first that matches wins.

export interface SiteAdapter {
  /** Stable id, used in tests and logs. */
  id: string;
  /** The site's name as readers know it. */
  name: string;
  /** Host names this adapter serves; a host matches itself and its subdomains ("www.baodongkhoi.vn"). */
  hosts: string[];
  /** Where the article's text lives. */
  body: string[];
  headline: string[];
  /** Elements whose text holds the publication dateline (parsed with parseDateline). */
  date: string[];
  /** The site's dateline as printed, with the date it means: the format this adapter relies on (checked by tests). */
  dateline: { example: string; date: string };
  /** Lead paragraph kept outside the body on some sites; scanned like the body. */
  lead?: string[];
  /** Inside the body: boxes that are not the article (related links, ad captions, share bars). */
  exclude?: string[];
  /** The locality most of the site's reporting is about; the extractor uses it when a sentence names none. */
  locality?: string;
}
