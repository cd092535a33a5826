-- The first schema of the central server (数据交换中心).
-- Migrations are append-only: once a file has run anywhere, change the schema with a new file.

-- Item catalog versions (事项目录). A version is immutable once published; each case records the
-- version it was accepted under. The current catalog is the latest published one.
create table catalog_versions (
  version      text primary key check (version ~ '^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$'),
  published_at timestamptz not null default now(),
  content      jsonb not null check (jsonb_typeof(content) = 'object')
);
create index catalog_versions_published_at on catalog_versions (published_at desc, version desc);

-- Hall / window configuration and other reference data that flows down to the counters.
create table halls (
  id         text primary key,
  content    jsonb not null check (jsonb_typeof(content) = 'object'),
  updated_at timestamptz not null default now()
);

-- The case event log, as pushed by the devices (see the sync protocol). Append-only: a rejected
-- event is kept with its reason, never deleted. (device_id, device_seq) stores each device's
-- event once per number; the push refuses gaps. server_seq is the order of insertion on this
-- server, which pull cursors count in; bigserial values are taken at insert, not at commit, so
-- the push must serialise its appends (or the pull hold the cursor back) to never skip a row.
create table events (
  id          uuid primary key,
  case_id     uuid not null,
  device_id   text not null,
  device_seq  bigint not null check (device_seq >= 1),
  actor       text not null,
  -- The device clock exactly as written (ISO 8601 with the hall's offset): the hash covers this
  -- string, and a timestamptz would keep the instant but lose the offset.
  at          text not null,
  type        text not null,
  payload     jsonb not null,
  blobs       text[] not null default '{}',
  hash        text not null check (hash ~ '^[0-9a-f]{64}$'),
  server_seq  bigserial not null unique,
  received_at timestamptz not null default now(),
  rejected    boolean not null default false,
  rejection_reason text,
  unique (device_id, device_seq),
  check (rejected = (rejection_reason is not null))
);
create index events_case on events (case_id, server_seq);
