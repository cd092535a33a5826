import { createInterface } from 'node:readline';
import { startServer } from '../../../server/start-server';
import { createEnrollmentCode, revokeDevice } from '../../../server/store/devices';
import { deviceKindSchema } from '../../../shared/sync';

// The central server as a child process for fault tests: `startServer` as `npm run server` runs
// it (same env: PORT, ONEWINDOW_DATA_DIR, DATABASE_URL, ONEWINDOW_DB_SCHEMA), plus a stdin channel
// for the administrator's actions (the embedded database has one user, this process):
//   enroll window W01  → "CODE <code>"      revoke <deviceId> → "REVOKED <deviceId>"
const running = await startServer({});
console.log(`READY ${running.url}`);
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const [command, a, b] = line.trim().split(/\s+/);
  const work =
    command === 'enroll'
      ? createEnrollmentCode(running.db, { kind: deviceKindSchema.parse(a), counterCode: b ?? '' }).then(
          (m) => `CODE ${m.code}`,
        )
      : command === 'revoke'
        ? revokeDevice(running.db, a ?? '').then(() => `REVOKED ${a}`)
        : Promise.resolve(`ERROR unknown command ${command}`);
  work.then(
    (out) => console.log(out),
    (error: unknown) => console.log(`ERROR ${String(error)}`),
  );
});
const stop = () => void running.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
