// `npm run test:pg` runs the server suites against a real PostgreSQL: without DATABASE_URL it would
// silently fall back to PGlite and prove nothing, so it refuses in one line.
if (!process.env['DATABASE_URL']?.startsWith('postgres')) {
  console.error(
    'test:pg 需要 DATABASE_URL（如 postgres://ow:ow@127.0.0.1:5432/ow_test） — set DATABASE_URL to a PostgreSQL database.',
  );
  process.exit(1);
}
