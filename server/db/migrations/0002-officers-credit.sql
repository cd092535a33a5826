-- Officers and the credit list: reference data that syncs down to every device of a hall.

-- Officers (工作人员) with their roles and the PBKDF2 verifier of their password. Devices hold the
-- verifiers so that login works offline; the password itself never reaches the server's disk.
create table officers (
  id                 text primary key,
  hall_id            text not null references halls (id),
  name               text not null,
  roles              jsonb not null check (jsonb_typeof(roles) = 'array'),
  window_code        text,
  section_id         text,
  service_point_code text,
  verifier           text not null check (verifier like 'pbkdf2-sha256$%'),
  active             boolean not null default true,
  updated_at         timestamptz not null default now()
);
create index officers_hall on officers (hall_id);

-- The credit list (信用名单): good applicants get the green channel, dishonest ones no tolerance.
create table credit_list (
  id_number  text primary key,
  level      text not null check (level in ('good', 'normal', 'dishonest')),
  source     text not null,
  until      date,
  updated_at timestamptz not null default now()
);
