import { LogoutOutlined, SettingOutlined, WarningOutlined } from '@ant-design/icons';
import { Badge, Button, Layout, Space, Tooltip, Typography } from 'antd';
import { formatLongDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { counter } from '../../platform';
import { useCatalog } from '../catalog/useCatalog';
import { endSession } from '../login/end-session';
import { useSessionStore } from '../login/session-store';
import { SyncStatus } from '../sync/SyncStatus';
import { Kbd } from './Kbd';
import { useShellStore } from './store';
import { useCounterPlace } from './useCounterPlace';

const STATUS = {
  online: { badge: 'success', key: 'server.online' },
  offline: { badge: 'error', key: 'server.offline' },
  checking: { badge: 'processing', key: 'server.checking' },
} as const;

const WHITE = { color: '#fff' } as const;

export function AppHeader() {
  const t = useT();
  const catalog = useCatalog();
  const { language, windowCode, serverState, lastError, setLanguage } = useShellStore();
  const session = useSessionStore((s) => s.session);
  const place = useCounterPlace();
  const status = STATUS[serverState];
  const mismatch = session?.assignedCode !== undefined && session.assignedCode !== windowCode;

  async function toggleLanguage() {
    const next = language === 'zh-CN' ? 'en' : 'zh-CN';
    setLanguage(next);
    await counter.settings.set({ language: next });
  }

  return (
    <Layout.Header className="ow-header">
      <div className="ow-header-emblem" aria-hidden>
        窗
      </div>
      <div className="ow-header-title" title={catalog?.hall}>
        <Typography.Text style={{ ...WHITE, fontSize: 18, fontWeight: 600 }} data-testid="hall-name">
          {catalog?.hall ?? t('app.title')}
        </Typography.Text>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.8)', fontSize: 12 }}>
          {t('app.title')} · {catalog?.authority ?? ''}
        </Typography.Text>
      </div>
      <Space size="middle" wrap={false} className="ow-header-status">
        <Typography.Text style={WHITE} data-testid="window-code">
          {t(place === 'servicePoint' ? 'app.servicePoint' : 'app.window')} {windowCode}
        </Typography.Text>
        {session && (
          <Typography.Text style={WHITE} data-testid="officer">
            {session.officerName}（{session.officerId}）
          </Typography.Text>
        )}
        {mismatch && (
          <Tooltip title={t('login.mismatch', { assigned: session.assignedCode ?? '', device: windowCode })}>
            <Typography.Text style={{ color: '#ffe58f' }} data-testid="window-mismatch">
              <WarningOutlined /> {t('login.mismatch.short', { assigned: session.assignedCode ?? '' })}
            </Typography.Text>
          </Tooltip>
        )}
        <Typography.Text style={WHITE}>{formatLongDate(new Date(), language)}</Typography.Text>
        <Tooltip title={lastError}>
          <Badge
            status={status.badge}
            text={<span style={WHITE}>{t(status.key)}</span>}
            data-testid="server-state"
          />
        </Tooltip>
        <SyncStatus />
        <Tooltip title={<Kbd>Ctrl+,</Kbd>}>
          <Button
            size="small"
            ghost
            icon={<SettingOutlined />}
            aria-label={t('app.settings')}
            data-testid="open-settings"
            onClick={() => useShellStore.getState().setSettingsOpen(!useShellStore.getState().settingsOpen)}
          />
        </Tooltip>
        <Button size="small" ghost onClick={() => void toggleLanguage()}>
          {t('app.language')}
        </Button>
        {session && (
          <Button size="small" ghost icon={<LogoutOutlined />} onClick={endSession} data-testid="logout">
            {t('login.logout')}
          </Button>
        )}
      </Space>
    </Layout.Header>
  );
}
