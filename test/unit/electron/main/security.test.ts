import { describe, expect, it } from 'vitest';
import {
  isAllowedNavigation,
  isAllowedPermission,
  isTrustedOrigin,
  secureWebPreferences,
} from '../../../../electron/main/security';

describe('window security', () => {
  it('creates windows isolated, sandboxed and without Node', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('trusts only the app:// renderer, or the dev server when one is set', () => {
    expect(isTrustedOrigin('app://counter/index.html', undefined)).toBe(true);
    expect(isTrustedOrigin('https://evil.example/', undefined)).toBe(false);
    expect(isTrustedOrigin('http://localhost:5173/', undefined)).toBe(false);
    expect(isTrustedOrigin('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isTrustedOrigin('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedOrigin('garbage', undefined)).toBe(false);
  });

  it('denies navigation away from the counter', () => {
    expect(isAllowedNavigation('https://www.gov.cn/', undefined)).toBe(false);
    expect(isAllowedNavigation('app://counter/index.html', undefined)).toBe(true);
  });

  it('grants the camera only', () => {
    expect(isAllowedPermission('media', ['video'])).toBe(true);
    expect(isAllowedPermission('media', ['audio'])).toBe(false);
    expect(isAllowedPermission('media', ['video', 'audio'])).toBe(false);
    expect(isAllowedPermission('media', undefined)).toBe(false);
    for (const p of ['geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(isAllowedPermission(p, ['video']), p).toBe(false);
    }
  });
});
