// Bundled into a plain page (no extension) by page-fallback.test.ts: the page code with a chosen painter, the real
// extractor in the page, and a background that answers nothing.
import { extract } from '../../src/extractor/index.ts';
import { PageController } from '../../src/page/controller.ts';
import * as cardModule from '../../src/page/card-module.ts';
import * as laterModule from '../../src/page/later-module.ts';
import { elementPainter } from '../../src/page/element-painter.ts';
import { addPageStyles } from '../../src/page/styles.ts';

(globalThis as unknown as { soiSoPage: unknown }).soiSoPage = {
  async start(painter: 'highlight-api' | 'elements') {
    const controller = new PageController({
      doc: document,
      extract,
      extractorVersion: 'test',
      send: (async () => ({ ok: false, error: 'no background in this test' })) as never,
      onTabMessage: () => () => undefined,
      painter,
      elementPainter,
      pageStyles: (mode) => addPageStyles(document, mode),
      loadCard: async () => cardModule,
      loadLater: async () => laterModule,
    });
    await controller.start();
    (globalThis as unknown as { soiSoStop: () => void }).soiSoStop = () => controller.stop();
  },
};
