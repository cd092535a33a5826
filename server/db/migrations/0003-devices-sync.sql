-- Devices, sync state, blobs and the case projection (the sync protocol, ARCHITECTURE.md).

-- One-time enrollment codes an administrator hands to a window PC or a village room. Only the
-- sha256 of the code is kept: a copied database does not give away unused codes.
create table enrollment_codes (
  code_hash    text primary key check (code_hash ~ '^[0-9a-f]{64}$'),
  hall_id      text not null references halls (id),
  kind         text not null check (kind in ('window', 'village')),
  counter_code text not null check (counter_code ~ '^[A-Z0-9]{2,8}$'),
  created_at   timestamptz not null default now(),
  expires_at   timestamptz not null,
  used_at      timestamptz,
  used_by      text
);

-- Enrolled devices. The credential is a random bearer token; only its sha256 is stored, so the
-- database alone cannot impersonate a device. A revoked device is refused at its next request.
create table devices (
  id              text primary key,
  hall_id         text not null references halls (id),
  kind            text not null check (kind in ('window', 'village')),
  counter_code    text not null,
  credential_hash text not null unique check (credential_hash ~ '^[0-9a-f]{64}$'),
  label           text,
  enrolled_at     timestamptz not null default now(),
  revoked_at      timestamptz,
  last_seen_at    timestamptz
);
create index devices_hall on devices (hall_id);

-- The last deviceSeq stored per device (accepted or rejected): the push accepts only the next one.
create table device_seqs (
  device_id text primary key,
  last_seq  bigint not null check (last_seq >= 0)
);

-- Scans and photos by content hash, stored once.
create table blobs (
  sha256     text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
  bytes      bytea not null,
  size       integer not null,
  created_at timestamptz not null default now(),
  check (size = octet_length(bytes))
);

-- The server's projection of every case: the shared reducer folded over its accepted events in
-- server_seq order. Feeds supervision, statistics, pull scopes and the public progress query.
create table cases (
  case_id         uuid primary key,
  case_number     text not null,
  hall_id         text not null,
  window_code     text not null,
  query_code      text,
  status          text not null,
  state           jsonb not null check (jsonb_typeof(state) = 'object'),
  last_server_seq bigint not null,
  updated_at      timestamptz not null default now()
);
create index cases_number on cases (case_number);
create index cases_scope on cases (hall_id, window_code);

-- Supervisors list rejected events; pulls read accepted ones past a cursor.
create index events_rejected on events (server_seq) where rejected;
