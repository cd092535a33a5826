import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { webCryptoPbkdf2 } from '../../../shared/auth/webcrypto';
import { officerCount, verifyOfficerLogin, type LoginOutcome } from '../../db/officer-repository';
import { db } from '../../db/schema';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { useShellStore } from '../shell/store';
import { useCounterPlace } from '../shell/useCounterPlace';
import { useSessionStore } from './session-store';

const FAILURE_KEYS: Record<Extract<LoginOutcome, { ok: false }>['code'], MessageKey> = {
  'no-officers': 'login.error.noOfficers',
  'unknown-officer': 'login.error.credentials',
  'wrong-password': 'login.error.credentials',
  'not-a-counter-role': 'login.error.role',
};

interface LoginForm {
  officerId: string;
  password: string;
}

/** Officer login, offline against the verifiers on this device. Enter submits from either field. */
export function LoginPage() {
  const t = useT();
  const windowCode = useShellStore((s) => s.windowCode);
  const place = useCounterPlace();
  const login = useSessionStore((s) => s.login);
  const officers = useLiveQuery(() => officerCount(db), []);
  const [error, setError] = useState<MessageKey | undefined>();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<LoginForm>();

  async function submit(values: LoginForm) {
    setBusy(true);
    setError(undefined);
    try {
      const outcome = await verifyOfficerLogin(db, values.officerId, values.password, webCryptoPbkdf2);
      if (!outcome.ok) {
        setError(FAILURE_KEYS[outcome.code]);
        form.setFieldValue('password', '');
        return;
      }
      const { officer, role } = outcome;
      const assigned = role === 'window' ? officer.windowCode : officer.servicePointCode;
      login({
        officerId: officer.id,
        officerName: officer.name,
        role,
        roles: officer.roles,
        ...(officer.sectionId ? { sectionId: officer.sectionId } : {}),
        ...(assigned ? { assignedCode: assigned } : {}),
        counterCode: windowCode,
        loggedInAt: new Date().toISOString(),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="ow-login">
      <Card className="ow-login-card" variant="borderless">
        <div className="ow-login-emblem" aria-hidden>
          窗
        </div>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t(place === 'servicePoint' ? 'login.device.servicePoint' : 'login.device')}{' '}
          <Tag color="red" data-testid="login-window">
            {windowCode}
          </Tag>
        </Typography.Paragraph>
        {error && (
          <Alert
            type="error"
            showIcon
            title={t(error)}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        <Form<LoginForm>
          form={form}
          layout="vertical"
          size="large"
          onFinish={(v) => void submit(v)}
          requiredMark={false}
        >
          <Form.Item
            name="officerId"
            label={t('login.officerId')}
            rules={[{ required: true, message: t('login.officerId.required') }]}
          >
            <Input
              prefix={<UserOutlined />}
              autoFocus
              autoComplete="username"
              placeholder="KFQ0101"
              aria-label={t('login.officerId')}
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.password.required') }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              aria-label={t('login.password')}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: 16, marginBottom: 0, fontSize: 12, textAlign: 'center' }}
        >
          {officers === 0 ? t('login.offline.none') : t('login.offline', { n: officers ?? 0 })}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
