import { Result, Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { openCounterDb, type OpenOutcome } from '../../db/open-database';
import { db } from '../../db/schema';

/** Opens the local database first; a database that cannot open is shown in words, and nothing is deleted. */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const [outcome, setOutcome] = useState<OpenOutcome>();
  useEffect(() => {
    void openCounterDb(db).then(setOutcome);
  }, []);
  if (outcome === undefined) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (!outcome.ok) return <Result status="error" title="本地数据库无法打开" subTitle={outcome.message} />;
  return <>{children}</>;
}
