import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { enrollmentCodeSchema } from '../../../shared/sync';
import { db } from '../../db/schema';
import { enrollWithCode, type DeviceCredential } from '../../sync/credential';
import { useShellStore } from '../shell/store';
import { useEnrollMessages } from './messages';

/** First-run screen: the hall's IT types the one-time code the administrator made for this PC. */
export function EnrollForm({ onEnrolled }: { onEnrolled: (credential: DeviceCredential) => void }) {
  const m = useEnrollMessages();
  const serverUrl = useShellStore((s) => s.serverUrl);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(values: { code: string }) {
    setBusy(true);
    setError(undefined);
    const outcome = await enrollWithCode(db, serverUrl, values.code);
    setBusy(false);
    if (outcome.ok) onEnrolled(outcome.value);
    else setError(m.failed(outcome.error.message));
  }

  return (
    <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
      <Card title={m.title} style={{ width: 480 }} data-testid="enroll-form">
        <Typography.Paragraph>{m.intro}</Typography.Paragraph>
        <Form layout="vertical" onFinish={(values: { code: string }) => void submit(values)} disabled={busy}>
          <Form.Item
            name="code"
            label={m.codeLabel}
            rules={[
              { required: true, message: m.codeRequired },
              {
                validator: (_rule, value: unknown) =>
                  typeof value !== 'string' || value === '' || enrollmentCodeSchema.safeParse(value).success
                    ? Promise.resolve()
                    : Promise.reject(new Error(m.codeFormat)),
              },
            ]}
          >
            <Input
              placeholder={m.codePlaceholder}
              autoFocus
              autoComplete="off"
              style={{ fontFamily: 'monospace' }}
            />
          </Form.Item>
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" loading={busy} block>
            {m.submit}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
