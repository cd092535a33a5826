import type { WebPreferences } from 'electron';
import { APP_ORIGIN } from './app-protocol';

/** The only web preferences a OneWindow window is ever created with (see docs/SECURITY.md). */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    // Chromium's built-in PDF viewer, for the document preview; Electron has no other plugins.
    plugins: true,
  };
}

/** Origins whose pages may talk to main: the packaged renderer, or the dev server in development. */
export function isTrustedOrigin(url: string, devServerUrl: string | undefined): boolean {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return false;
  }
  // app://counter has an opaque origin ("null") for URL; compare the prefix for the custom scheme.
  if (url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`)) return true;
  if (devServerUrl !== undefined && devServerUrl !== '') return origin === new URL(devServerUrl).origin;
  return false;
}

/** The window never navigates away from the counter: every navigation to another origin is refused. */
export function isAllowedNavigation(url: string, devServerUrl: string | undefined): boolean {
  return isTrustedOrigin(url, devServerUrl);
}

/**
 * Only the document camera (高拍仪, seen as a camera) may be granted; microphone, geolocation,
 * notifications and the rest are refused.
 */
export function isAllowedPermission(permission: string, mediaTypes: readonly string[] | undefined): boolean {
  if (permission !== 'media') return false;
  const types = mediaTypes ?? [];
  return types.length > 0 && types.every((t) => t === 'video');
}
