-- Display codes of inbox messages (issue 15): the console translates code with params; title and
-- body stay the English fallback. Null on messages stored before.
alter table notification add column code varchar(64);
alter table notification add column params jsonb;
