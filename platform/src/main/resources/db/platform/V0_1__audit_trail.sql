-- The audit trail (留痕) shared by every service: who changed which record, when, why, before and after.
create table audit_entry (
    id           bigint generated always as identity primary key,
    park_id      varchar(32)  not null,
    entity_type  varchar(64)  not null,
    entity_id    varchar(64)  not null,
    action       varchar(64)  not null,
    actor        varchar(128) not null,
    at           timestamptz  not null,
    reason       text,
    before_state jsonb,
    after_state  jsonb
);

create index audit_entry_record on audit_entry (park_id, entity_type, entity_id, at);
