import { App as AntApp, ConfigProvider, Layout } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { CatalogPage } from './features/catalog/CatalogPage';
import { AppHeader } from './features/shell/AppHeader';
import { useShellStore } from './features/shell/store';
import { useServerConnection } from './features/shell/useServerConnection';

export function App() {
  const language = useShellStore((s) => s.language);
  useServerConnection();
  useEffect(() => {
    dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = language;
  }, [language]);

  return (
    <ConfigProvider
      locale={language === 'zh-CN' ? zhCN : enUS}
      theme={{ token: { colorPrimary: '#a8071a' } }}
    >
      <AntApp>
        <Layout style={{ minHeight: '100vh' }}>
          <AppHeader />
          <Layout.Content style={{ padding: 24 }}>
            <CatalogPage />
          </Layout.Content>
        </Layout>
      </AntApp>
    </ConfigProvider>
  );
}
