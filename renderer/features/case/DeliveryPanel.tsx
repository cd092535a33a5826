import { Button, Card, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import type { CaseState } from '../../../shared/domain';
import { addressProblem, normalizePhone, phoneProblem, type Said } from '../../../shared/preapply';
import type { DeliveryInput } from '../../db/case-commands';
import { useT } from '../../i18n/useT';
import { Kbd } from '../shell/Kbd';
import { useShellStore } from '../shell/store';

const TRACKING = /^[0-9A-Za-z-]{6,40}$/;

/**
 * 送达: handed over at the window, or mailed with its tracking number to an address and phone
 * (the applicant's as registered, changeable here; printed on the 送达回证); Enter records it.
 */
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
  const language = useShellStore((s) => s.language);
  const said = (p: Said | undefined) => p && (language === 'zh-CN' ? p.zh : p.en);
  const [method, setMethod] = useState<'pickup' | 'mail'>('pickup');
  const [receiver, setReceiver] = useState(state.agent?.name ?? state.applicant.name);
  const [tracking, setTracking] = useState('');
  const [address, setAddress] = useState(state.applicant.address ?? '');
  const [phone, setPhone] = useState(state.applicant.phone);
  const trackingOk = TRACKING.test(tracking.trim());
  const addressError = address.trim() === '' ? t('delivery.address.required') : said(addressProblem(address));
  const phoneError = said(phoneProblem(phone));
  const mailOk = trackingOk && !addressError && !phoneError;
  const ready = receiver.trim() !== '' && (method === 'pickup' || mailOk);

  function submit() {
    if (!ready) return;
    onDeliver(
      method === 'pickup'
        ? { method, receiver: receiver.trim() }
        : {
            method,
            receiver: receiver.trim(),
            trackingNumber: tracking.trim(),
            address: address.trim(),
            phone: normalizePhone(phone),
          },
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
        {method === 'mail' && (
          <Form.Item
            label={t('delivery.address')}
            required
            validateStatus={addressError ? 'error' : ''}
            help={addressError}
          >
            <Input
              value={address}
              onChange={(e) => setAddress(e.target.value)}
              data-testid="delivery-address"
            />
          </Form.Item>
        )}
        {method === 'mail' && (
          <Form.Item
            label={t('delivery.phone')}
            required
            validateStatus={phoneError ? 'error' : ''}
            help={phoneError}
          >
            <Input value={phone} onChange={(e) => setPhone(e.target.value)} data-testid="delivery-phone" />
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
