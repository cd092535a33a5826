import { App } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';

/**
 * The confirmation every destructive decision asks for: it names the case (number, applicant,
 * item) and what will happen; Enter confirms, Esc keeps everything as it is.
 */
export function useConfirmDestructive(): (what: {
  title: string;
  subject: ReactNode;
  okText: string;
}) => Promise<boolean> {
  const t = useT();
  const { modal } = App.useApp();
  return ({ title, subject, okText }) =>
    new Promise<boolean>((resolve) => {
      modal.confirm({
        title,
        content: <div data-testid="destructive-subject">{subject}</div>,
        okText,
        cancelText: t('common.cancel'),
        okButtonProps: { danger: true, ...{ 'data-testid': 'destructive-ok' } },
        autoFocusButton: 'ok',
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
}
