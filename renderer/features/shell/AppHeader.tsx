import { Badge, Button, Layout, Space, Tooltip, Typography } from 'antd';
import { counter } from '../../platform';
import { formatLongDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useCatalog } from '../catalog/useCatalog';
import { useShellStore } from './store';

const STATUS = {
  online: { badge: 'success', key: 'server.online' },
  offline: { badge: 'error', key: 'server.offline' },
  checking: { badge: 'processing', key: 'server.checking' },
} as const;

export function AppHeader() {
  const t = useT();
  const catalog = useCatalog();
  const { language, windowCode, serverState, lastError, setLanguage } = useShellStore();
  const status = STATUS[serverState];

  async function toggleLanguage() {
    const next = language === 'zh-CN' ? 'en' : 'zh-CN';
    setLanguage(next);
    await counter.settings.set({ language: next });
  }

  return (
    <Layout.Header
      style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#a8071a', paddingInline: 24 }}
    >
      <div style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.3 }}>
        <Typography.Text style={{ color: '#fff', fontSize: 20, fontWeight: 600 }} data-testid="hall-name">
          {catalog?.hall ?? t('app.title')}
        </Typography.Text>
        <Typography.Text style={{ color: 'rgba(255,255,255,0.8)', fontSize: 12 }}>
          {t('app.title')} · {catalog?.authority ?? ''}
        </Typography.Text>
      </div>
      <div style={{ flex: 1 }} />
      <Space size="large">
        <Typography.Text style={{ color: '#fff' }}>
          {t('app.window')} {windowCode}
        </Typography.Text>
        <Typography.Text style={{ color: '#fff' }}>{formatLongDate(new Date(), language)}</Typography.Text>
        <Tooltip title={lastError}>
          <Badge
            status={status.badge}
            text={<span style={{ color: '#fff' }}>{t(status.key)}</span>}
            data-testid="server-state"
          />
        </Tooltip>
        <Button size="small" ghost onClick={() => void toggleLanguage()}>
          {t('app.language')}
        </Button>
      </Space>
    </Layout.Header>
  );
}
