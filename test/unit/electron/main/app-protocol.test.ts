import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from '../../../../electron/main/app-protocol';

describe('resolveAppRequest (app:// protocol)', () => {
  it('serves index.html for the root and files under the renderer folder', () => {
    expect(resolveAppRequest('app://counter/')).toEqual({
      ok: true,
      relativePath: 'index.html',
      contentType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://counter/assets/index-abc.js')).toMatchObject({
      ok: true,
      relativePath: 'assets/index-abc.js',
    });
  });

  it('refuses path traversal, also percent-encoded or with backslashes', () => {
    // A literal or %2e%2e dot-segment is folded by the URL parser: it stays inside the renderer folder.
    expect(resolveAppRequest('app://counter/../../etc/passwd.json')).toMatchObject({
      ok: true,
      relativePath: 'etc/passwd.json',
    });
    expect(resolveAppRequest('app://counter/a/%2e%2e/%2e%2e/b.js')).toMatchObject({
      ok: true,
      relativePath: 'b.js',
    });
    for (const url of [
      'app://counter/..%2f..%2fsettings.json',
      'app://counter/assets%5c..%5c..%5csecret.js',
    ]) {
      expect(resolveAppRequest(url), url).toMatchObject({ ok: false, status: 403 });
    }
  });

  it('refuses another host or scheme and unknown file types', () => {
    expect(resolveAppRequest('app://evil/index.html')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppRequest('file:///etc/passwd')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppRequest('app://counter/settings')).toMatchObject({ ok: false, status: 404 });
    expect(resolveAppRequest('not a url')).toMatchObject({ ok: false, status: 400 });
  });
});
