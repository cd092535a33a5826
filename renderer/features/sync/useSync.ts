import { useEffect } from 'react';
import { db } from '../../db/schema';
import { startSync, stopSync } from '../../sync/start-sync';
import { watchStorage } from '../../sync/storage-watch';
import { deviceSettings } from './device-settings';
import { useSyncStore } from './store';

/**
 * Runs the background sync while the app is open (render it once, under the shell): enrollment
 * check, the engine, the live stream, and the storage watch, with the device settings in force.
 */
export function useSync(): void {
  useEffect(() => {
    let stopped = false;
    const store = useSyncStore.getState();
    const stopStorage = watchStorage(navigator.storage, (report) => store.setStorage(report));
    void deviceSettings().then(({ serverUrl, windowCode }) => {
      if (stopped) return;
      void startSync({
        db,
        serverUrl,
        windowCode,
        dev: import.meta.env.DEV,
        onReport: (report) => !stopped && store.applyReport(report),
        onCredential: (credential) =>
          !stopped && store.setEnrollment(credential ? 'enrolled' : 'not-enrolled'),
        onStream: (connected) => !stopped && store.setStream(connected),
      });
    });
    return () => {
      stopped = true;
      stopStorage();
      void stopSync();
    };
  }, []);
}
