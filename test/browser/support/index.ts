// Helpers for the real-browser tests: see README.md beside this file.
export { ensureChromium, ensureFirefox } from './browsers.ts';
export { launchChromium, isolatedWorldOrigins, hostResolverRules, CHROMIUM_ARGS } from './chromium.ts';
export type { ChromiumWithExtension, LaunchChromiumOptions } from './chromium.ts';
export { launchFirefox, closedShadowText, FIREFOX_PREFS } from './firefox.ts';
export type { FirefoxWithExtension, LaunchFirefoxOptions } from './firefox.ts';
export { serveFixtures } from './serve.ts';
export type { FixtureServer, ServeOptions } from './serve.ts';
export { countMarks, waitForMarks, waitFor, hoverFigure } from './page-probes.ts';
export type { MarkCount } from './page-probes.ts';
export { readBuiltManifest } from './manifest.ts';
export { ROOT, DIST, DIST_FIREFOX, FIXTURES } from './paths.ts';
