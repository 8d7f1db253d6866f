// The hover card's module: built on its own into the package's CARD_MODULE_FILE (vite.config.ts) and loaded by the
// content script on the first hover or focus of a figure (PageEnv.loadCard), so a page view whose figures are never
// hovered does not evaluate the card, its strings, the indicator names, or what its buttons do (card-flows.ts). It
// runs in the content script's world.
import { langFromUiLanguage } from '../shared/i18n.ts';
import { FigureCard } from './card.ts';
import { showAdd, showFigure } from './card-flows.ts';
import { cardStrings } from './card-strings.ts';

export type { FigureCard };
export { showAdd, showFigure };

/** The card in the browser's UI language (Vietnamese unless it is English). */
export function makeCard(doc: Document, uiLanguage: string | undefined): FigureCard {
  return new FigureCard(doc, cardStrings(uiLanguage), langFromUiLanguage(uiLanguage));
}

export interface CardModule {
  makeCard: typeof makeCard;
  showFigure: typeof showFigure;
  showAdd: typeof showAdd;
}
