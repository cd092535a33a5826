import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../electron/main/csp';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

describe('content security policy', () => {
  it('lets the page reach only itself and the configured central server', () => {
    const csp = contentSecurityPolicy('https://zwzx.example.gov.cn:8443/');
    expect(directive(csp, 'connect-src')).toBe("connect-src 'self' https://zwzx.example.gov.cn:8443");
    // WebAssembly (font subsetting, the camera's QR decoder) but no eval; the decoder runs in a worker.
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive(csp, 'worker-src')).toBe("worker-src 'self' blob:");
    expect(directive(csp, 'object-src')).toBe('object-src blob:');
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(csp).not.toContain("'unsafe-eval'");
  });

  it('allows no server at all when none is configured or the URL is not http(s)', () => {
    expect(directive(contentSecurityPolicy(''), 'connect-src')).toBe("connect-src 'self'");
    expect(directive(contentSecurityPolicy('javascript:alert(1)'), 'connect-src')).toBe("connect-src 'self'");
  });

  it('adds the dev server and its websocket only in development', () => {
    const csp = contentSecurityPolicy('', 'http://localhost:5173');
    expect(directive(csp, 'connect-src')).toBe(
      "connect-src 'self' http://localhost:5173 ws://localhost:5173",
    );
  });
});
