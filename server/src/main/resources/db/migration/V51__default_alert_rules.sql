-- Built-in alert rules so that faults alert out of the box (POOL-11, POOL-T12.19): they notify the
-- in-app inbox; operators add e-mail recipients, edit, disable or delete them like any other rule.
insert into alert_rule (id, name, description, enabled, severity, condition_kind, event_kind,
                        resolve_kind, notify_in_app, created_at, updated_at)
values
  ('device-fault', 'Device fault', 'A device (GPU/NPU/…) reported a fault', true, 'CRITICAL',
   'EVENT', 'DEVICE_FAULT', 'DEVICE_RECOVERED', true, now(), now()),
  ('node-lost', 'Node lost', 'A compute node stopped answering its controller', true, 'CRITICAL',
   'EVENT', 'NODE_LOST', 'NODE_RECOVERED', true, now(), now()),
  ('center-lost', 'Center unreachable', 'A computing center stopped answering the federation',
   true, 'CRITICAL', 'EVENT', 'CENTER_LOST', 'CENTER_RECOVERED', true, now(), now());
