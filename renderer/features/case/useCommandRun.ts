import { App } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { commandErrorText } from './command-errors';

/**
 * An officer's command, one at a time: `busy` while it runs, then the `done` message (and
 * `after`), or the guard's zh-CN reasons when it was refused. `run` tells whether it was recorded.
 */
export function useCommandRun() {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<unknown>, done: string, after?: () => void): Promise<boolean> {
    setBusy(true);
    try {
      await action();
      void message.success(done);
      after?.();
      return true;
    } catch (error) {
      void message.error({
        content: t('case.actionFailed', { reason: commandErrorText(error) }),
        duration: 8,
      });
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, run };
}
