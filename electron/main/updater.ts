/** The parts of electron-updater's autoUpdater used here (injected for tests). */
export interface AutoUpdaterLike {
  autoDownload: boolean;
  setFeedURL(options: { provider: 'generic'; url: string; channel?: string }): void;
  checkForUpdatesAndNotify(): Promise<unknown>;
}

export type UpdateDecision = { kind: 'off'; reason: string } | { kind: 'check'; url: string };

/**
 * Updates come only from the hall's own update server (electron-updater's generic provider), and
 * only when IT configured one and the app is an installed build. No update server, no checks:
 * halls without one update by installer, as their IT prefers.
 */
export function updateDecision(updateUrl: string, packaged: boolean): UpdateDecision {
  if (!packaged) return { kind: 'off', reason: '开发版本不检查更新' };
  if (updateUrl === '') return { kind: 'off', reason: '未配置更新服务器' };
  let parsed: URL;
  try {
    parsed = new URL(updateUrl);
  } catch {
    return { kind: 'off', reason: `更新服务器地址无效：${updateUrl}` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { kind: 'off', reason: `更新服务器地址无效：${updateUrl}` };
  }
  return { kind: 'check', url: parsed.toString() };
}

export async function runUpdater(updater: AutoUpdaterLike, decision: UpdateDecision): Promise<void> {
  if (decision.kind === 'off') return;
  updater.autoDownload = true;
  updater.setFeedURL({ provider: 'generic', url: decision.url });
  await updater.checkForUpdatesAndNotify();
}
