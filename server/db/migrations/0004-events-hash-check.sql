-- The events' hash check without a regular expression: `hash ~ '^[0-9a-f]{64}$'` was a quarter
-- of the CPU an INSERT of pushed events took (pg_stat_statements and EXPLAIN ANALYZE on batches
-- of 500, docs/DECISIONS.md). The same rule: 64 bytes, every one a lowercase hex digit.
alter table events drop constraint events_hash_check;
alter table events add constraint events_hash_check
  check (octet_length(hash) = 64 and ltrim(hash, '0123456789abcdef') = '');
