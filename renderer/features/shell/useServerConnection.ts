import { useEffect } from 'react';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../../shared/sync';
import { db } from '../../db/schema';
import { counter } from '../../platform';
import { refreshCatalog, refreshHallData } from '../../sync/reference-data';
import { useShellStore } from './store';

const HEALTH_INTERVAL_MS = 15_000;

/**
 * Loads the device settings, then keeps the reference data fresh and tells the officer whether
 * the central server answers. Nothing here is on the path of a window action: a failure only
 * changes the status shown in the header.
 */
export function useServerConnection(): void {
  useEffect(() => {
    let stopped = false;
    const { applySettings, setServerState } = useShellStore.getState();

    async function check(serverUrl: string) {
      try {
        const response = await fetch(`${serverUrl}/api/v1/health`, {
          headers: { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
        });
        if (stopped) return;
        setServerState(
          response.ok ? 'online' : 'offline',
          response.ok ? undefined : `HTTP ${response.status}`,
        );
      } catch (error) {
        if (!stopped) setServerState('offline', error instanceof Error ? error.message : String(error));
      }
    }

    async function start() {
      const settings = await counter.settings.get();
      if (settings.ok) applySettings(settings.value);
      const { serverUrl } = useShellStore.getState();
      const outcomes = [await refreshCatalog(db, serverUrl), await refreshHallData(db, serverUrl)];
      if (stopped) return;
      const refused = outcomes.find((o) => o.kind === 'refused');
      if (refused?.kind === 'refused') setServerState('online', refused.message);
      await check(serverUrl);
    }

    void start();
    const timer = window.setInterval(
      () => void check(useShellStore.getState().serverUrl),
      HEALTH_INTERVAL_MS,
    );
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, []);
}
