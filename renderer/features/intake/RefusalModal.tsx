import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import type { RefusalReason } from '../../../shared/domain';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { Kbd } from '../shell/Kbd';

type Kind = RefusalReason['kind'];
const KINDS: readonly Kind[] = ['not-licensing', 'other-authority', 'false-materials', 'other'];
const DEFAULT_TEXT: Record<Kind, MessageKey> = {
  'not-licensing': 'refusal.text.not-licensing',
  'other-authority': 'refusal.text.other-authority',
  'false-materials': 'refusal.text.false-materials',
  other: 'refusal.text.other',
};

interface Props {
  /** Who and what is refused: the confirmation names them. */
  subject: string;
  busy: boolean;
  onCancel(): void;
  onRefuse(reason: RefusalReason, text: string): void;
}

/**
 * 不予受理 (Alt+Shift+R): the applicant and item refused, the reason kind (the right authority
 * named when it is another's), and the words printed; Ctrl+Enter or the red button refuses.
 */
export function RefusalModal({ subject, busy, onCancel, onRefuse }: Props) {
  const t = useT();
  const [kind, setKind] = useState<Kind>('not-licensing');
  const [authority, setAuthority] = useState('');
  const [text, setText] = useState<string | undefined>();
  const shownText = text ?? t(DEFAULT_TEXT[kind], { authority: authority || '……' });
  const ready = shownText.trim() !== '' && (kind !== 'other-authority' || authority.trim() !== '');

  function submit() {
    if (!ready) return;
    const reason: RefusalReason =
      kind === 'other-authority' ? { kind, authority: authority.trim() } : { kind };
    onRefuse(reason, shownText.trim());
  }

  return (
    <Modal
      open
      title={t('refusal.title')}
      okText={
        <span>
          {t('refusal.ok')} <Kbd>Ctrl+Enter</Kbd>
        </span>
      }
      okButtonProps={{ danger: true, disabled: !ready, loading: busy, ...{ 'data-testid': 'refusal-ok' } }}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onCancel}
      destroyOnHidden
    >
      <div
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          }
        }}
      >
        <Alert type="error" title={subject} style={{ marginBottom: 12 }} data-testid="destructive-subject" />
        <Form layout="vertical" component="div">
          <Form.Item label={t('refusal.kind')}>
            <Radio.Group
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as Kind);
                setText(undefined);
              }}
              style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
              data-testid="refusal-kind"
            >
              {KINDS.map((k, i) => (
                <Radio key={k} value={k} autoFocus={i === 0}>
                  {t(`refusal.kind.${k}`)}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          {kind === 'other-authority' && (
            <Form.Item label={t('refusal.authority')} required>
              <Input
                value={authority}
                onChange={(e) => setAuthority(e.target.value)}
                data-testid="refusal-authority"
              />
            </Form.Item>
          )}
          <Form.Item label={t('refusal.text')} required>
            <Input.TextArea
              rows={4}
              value={shownText}
              onChange={(e) => setText(e.target.value)}
              maxLength={2000}
              data-testid="refusal-text"
            />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
