import { describe, expect, it, vi } from 'vitest';
import { handleWindowOpen, isAllowedExternalLink } from '../../../../electron/main/external-links';

describe('external links', () => {
  it('opens only https links to allowlisted government sites in the system browser', () => {
    expect(isAllowedExternalLink('https://www.gov.cn/zhengce/')).toBe(true);
    expect(isAllowedExternalLink('https://zwfw.hubei.gov.cn/')).toBe(true);
    expect(isAllowedExternalLink('http://www.gov.cn/')).toBe(false);
    expect(isAllowedExternalLink('https://gov.cn.evil.example/')).toBe(false);
    expect(isAllowedExternalLink('https://evilgov.cn/')).toBe(false);
    expect(isAllowedExternalLink('https://user:pw@www.gov.cn/')).toBe(false);
    expect(isAllowedExternalLink('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalLink('not a url')).toBe(false);
  });

  it('never opens an Electron window, and hands allowlisted links to the system browser', () => {
    const openExternal = vi.fn();
    expect(handleWindowOpen('https://www.gov.cn/', openExternal)).toEqual({ action: 'deny' });
    expect(handleWindowOpen('https://evil.example/', openExternal)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://www.gov.cn/');
  });
});
