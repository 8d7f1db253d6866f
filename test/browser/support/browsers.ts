// Finds the browsers the tests drive, installing Debian's packages when this machine allows it.
// Never skips: a missing browser is an error that says how to get one.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

interface BrowserPackage {
  /** Environment variable that overrides the path. */
  env: string;
  /** Where Debian's package puts the launcher. */
  paths: readonly string[];
  aptPackage: string;
  label: string;
}

const CHROMIUM: BrowserPackage = { env: 'CHROMIUM_PATH', paths: ['/usr/bin/chromium'], aptPackage: 'chromium', label: 'Chromium' };
const FIREFOX: BrowserPackage = { env: 'FIREFOX_PATH', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'], aptPackage: 'firefox-esr', label: 'Firefox' };

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function canAptInstall(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

function aptInstall(pkg: string): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.error(`[browser-tests] installing ${pkg} with apt-get (root on Debian)…`);
  try {
    execFileSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env });
  } catch {
    // A fresh machine has no package lists yet.
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env });
  }
}

function find(browser: BrowserPackage): string | undefined {
  const fromEnv = process.env[browser.env];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`${browser.env}=${fromEnv} is not an executable file. Point it at a ${browser.label} binary or unset it.`);
  }
  return browser.paths.find(isExecutable);
}

function ensure(browser: BrowserPackage): string {
  const found = find(browser);
  if (found) return found;
  if (canAptInstall()) {
    aptInstall(browser.aptPackage);
    const installed = find(browser);
    if (installed) return installed;
  }
  throw new Error(
    `${browser.label} was not found (looked at $${browser.env}, ${browser.paths.join(', ')}). ` +
      `Install it with \`sudo apt-get install -y ${browser.aptPackage}\` (Debian/Ubuntu), ` +
      `or set ${browser.env} to the path of a ${browser.label} binary. The browser tests do not run without it.`,
  );
}

/** Path of a Chromium binary: $CHROMIUM_PATH, /usr/bin/chromium, or Debian's package installed now (root only). */
export async function ensureChromium(): Promise<string> {
  return ensure(CHROMIUM);
}

/** Path of a Firefox binary: $FIREFOX_PATH, /usr/bin/firefox-esr, or Debian's firefox-esr installed now (root only). */
export async function ensureFirefox(): Promise<string> {
  return ensure(FIREFOX);
}
