import { Button, Card, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import type { CaseState } from '../../../shared/domain';
import type { DeliveryInput } from '../../db/case-commands';
import { useT } from '../../i18n/useT';
import { Kbd } from '../shell/Kbd';

const TRACKING = /^[0-9A-Za-z-]{6,40}$/;

/** 送达: handed over at the window, or mailed with its tracking number; Enter records it. */
export function DeliveryPanel({
  state,
  busy,
  autoFocus,
  onDeliver,
}: {
  state: CaseState;
  busy: boolean;
  autoFocus: boolean;
  onDeliver(d: DeliveryInput): void;
}) {
  const t = useT();
  const [method, setMethod] = useState<'pickup' | 'mail'>('pickup');
  const [receiver, setReceiver] = useState(state.agent?.name ?? state.applicant.name);
  const [tracking, setTracking] = useState('');
  const trackingOk = TRACKING.test(tracking.trim());
  const ready = receiver.trim() !== '' && (method === 'pickup' || trackingOk);

  function submit() {
    if (!ready) return;
    onDeliver(
      method === 'pickup'
        ? { method, receiver: receiver.trim() }
        : { method, receiver: receiver.trim(), trackingNumber: tracking.trim() },
    );
  }

  return (
    <Card size="small" type="inner" title={t('delivery.title')} data-testid="delivery-panel">
      <Form
        layout="vertical"
        component="div"
        onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT' && submit()}
      >
        <Form.Item label={t('delivery.method')}>
          <Radio.Group
            value={method}
            onChange={(e) => setMethod(e.target.value as 'pickup' | 'mail')}
            optionType="button"
            options={[
              { value: 'pickup', label: t('delivery.pickup') },
              { value: 'mail', label: t('delivery.mail') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('delivery.receiver')} required>
          <Input
            autoFocus={autoFocus}
            value={receiver}
            onChange={(e) => setReceiver(e.target.value)}
            data-testid="delivery-receiver"
          />
        </Form.Item>
        {method === 'mail' && (
          <Form.Item
            label={t('delivery.tracking')}
            required
            validateStatus={tracking !== '' && !trackingOk ? 'error' : ''}
            help={tracking !== '' && !trackingOk ? t('delivery.tracking.invalid') : undefined}
          >
            <Input
              value={tracking}
              onChange={(e) => setTracking(e.target.value)}
              data-testid="delivery-tracking"
            />
          </Form.Item>
        )}
        <Button
          type="primary"
          disabled={!ready}
          loading={busy}
          onClick={submit}
          data-testid="record-delivery"
        >
          {t('delivery.record')} <Kbd>Enter</Kbd>
        </Button>
      </Form>
    </Card>
  );
}
