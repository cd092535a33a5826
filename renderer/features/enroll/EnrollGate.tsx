import { Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { db } from '../../db/schema';
import { ensureCredential } from '../../sync/credential';
import { deviceSettings } from '../sync/device-settings';
import { useSyncStore } from '../sync/store';
import { EnrollForm } from './EnrollForm';
import { useEnrollMessages } from './messages';

/**
 * Shows the app once this device holds a credential; otherwise the first-run enrollment form. In
 * development (`npm run web`) a fresh profile enrolls itself through the dev server, so tests and
 * demos need no manual step. A revoked device keeps its credential and is NOT sent back here: its
 * data stays usable on the PC and the header says why sync stopped.
 */
export function EnrollGate({ children }: { children: ReactNode }) {
  const m = useEnrollMessages();
  const [state, setState] = useState<'checking' | 'enrolled' | 'form'>('checking');
  const setEnrollment = useSyncStore((s) => s.setEnrollment);

  useEffect(() => {
    let stopped = false;
    void deviceSettings().then(({ serverUrl, windowCode }) =>
      ensureCredential(db, serverUrl, { dev: import.meta.env.DEV, windowCode }).then(
        (credential) => {
          if (stopped) return;
          setEnrollment(credential ? 'enrolled' : 'not-enrolled');
          setState(credential ? 'enrolled' : 'form');
        },
        () => !stopped && setState('form'),
      ),
    );
    return () => {
      stopped = true;
    };
  }, [setEnrollment]);

  if (state === 'enrolled') return <>{children}</>;
  if (state === 'checking')
    return (
      <div style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
        <Spin tip={m.checking}>
          <div style={{ width: 200, height: 80 }} />
        </Spin>
      </div>
    );
  return (
    <EnrollForm
      onEnrolled={() => {
        setEnrollment('enrolled');
        setState('enrolled');
      }}
    />
  );
}
