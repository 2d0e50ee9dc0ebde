-- Audit ledger: the digest of each row is named (rows written before V26 are SHA-256, new rows SM3
-- by default), and signed checkpoints of the chain's head (SM2) make a truncated tail detectable.
alter table audit_log add column hash_alg varchar(16) not null default 'SHA-256';

create table audit_anchor (
  seq       bigint      primary key,
  head_hash char(64)    not null,
  at        timestamptz not null,
  key_id    varchar(32) not null,
  signature text        not null
);
