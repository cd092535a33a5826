import { App as AntApp, ConfigProvider, Layout } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { EnrollGate } from './features/enroll/EnrollGate';
import { LoginPage } from './features/login/LoginPage';
import { useSessionStore } from './features/login/session-store';
import { DatabaseGate } from './features/settings/DatabaseGate';
import { SettingsPage } from './features/settings/SettingsPage';
import { AppHeader } from './features/shell/AppHeader';
import { RoleScreen } from './features/shell/RoleScreen';
import './features/shell/counter.css';
import { useShellStore } from './features/shell/store';
import { useServerConnection } from './features/shell/useServerConnection';
import { SyncRunner } from './features/sync/SyncRunner';

export function App() {
  const language = useShellStore((s) => s.language);
  const settingsOpen = useShellStore((s) => s.settingsOpen);
  const session = useSessionStore((s) => s.session);
  useServerConnection();
  useEffect(() => {
    dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = language;
  }, [language]);

  // Ctrl+, opens the device settings from any screen (IT sets the server before enrolling);
  // Esc closes them.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const { settingsOpen: open, setSettingsOpen } = useShellStore.getState();
      if (event.ctrlKey && event.key === ',') {
        event.preventDefault();
        setSettingsOpen(!open);
      } else if (event.key === 'Escape' && open) {
        setSettingsOpen(false);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <ConfigProvider
      locale={language === 'zh-CN' ? zhCN : enUS}
      theme={{
        token: { colorPrimary: '#a8071a', borderRadius: 4, fontSize: 15 },
        components: { Layout: { headerHeight: 64, bodyBg: '#f3f1ee' } },
      }}
    >
      <AntApp>
        <DatabaseGate>
          <Layout style={{ minHeight: '100vh' }}>
            <AppHeader />
            <Layout.Content className="ow-content">
              {settingsOpen ? (
                <SettingsPage />
              ) : (
                <EnrollGate>
                  <SyncRunner />
                  {session ? <RoleScreen session={session} /> : <LoginPage />}
                </EnrollGate>
              )}
            </Layout.Content>
          </Layout>
        </DatabaseGate>
      </AntApp>
    </ConfigProvider>
  );
}
