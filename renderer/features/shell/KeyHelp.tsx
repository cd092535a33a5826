import { Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../i18n/useT';
import { useKeyHelpStore } from './key-help-store';
import { Kbd } from './Kbd';
import { isTyping } from './keys';

/** `?` (not while typing) shows the keys of the screen in view; Esc or `?` closes it. */
export function KeyHelp() {
  const t = useT();
  const open = useKeyHelpStore((s) => s.open);
  const groups = useKeyHelpStore((s) => s.groups);
  const setOpen = useKeyHelpStore((s) => s.setOpen);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== '?' || event.ctrlKey || event.altKey || event.metaKey || isTyping(event)) return;
      event.preventDefault();
      setOpen(!useKeyHelpStore.getState().open);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setOpen]);

  return (
    <Modal
      open={open}
      title={t('keyHelp.title')}
      footer={null}
      onCancel={() => setOpen(false)}
      destroyOnHidden
      width={560}
    >
      <div data-testid="key-help">
        {groups.map((group) => (
          <div key={group.id} style={{ marginBottom: 12 }}>
            <Typography.Text strong>{group.title}</Typography.Text>
            <table className="ow-key-help">
              <tbody>
                {group.hints.map((hint) => (
                  <tr key={`${hint.keys} ${hint.label}`}>
                    <td>
                      <Kbd>{hint.keys}</Kbd>
                    </td>
                    <td>{hint.label}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <Kbd>?</Kbd> {t('keyHelp.toggle')}
        </Typography.Text>
      </div>
    </Modal>
  );
}
