import { useEffect, useState } from 'react';

export interface StorageEstimate {
  usage: number;
  quota: number;
  persisted: boolean;
}

/** How much of the browser's quota the local database uses, and whether it is persistent. */
export function useStorageEstimate(): StorageEstimate | undefined {
  const [estimate, setEstimate] = useState<StorageEstimate>();
  useEffect(() => {
    let alive = true;
    void Promise.all([navigator.storage.estimate(), navigator.storage.persisted()]).then(([e, persisted]) => {
      if (alive) setEstimate({ usage: e.usage ?? 0, quota: e.quota ?? 0, persisted });
    });
    return () => {
      alive = false;
    };
  }, []);
  return estimate;
}

/** 1.2 MB, 530 KB: sizes as an officer reads them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}
