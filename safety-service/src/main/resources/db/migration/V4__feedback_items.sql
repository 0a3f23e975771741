-- Inspection-feedback items (中央/省生态环境保护督察反馈问题) tracked to 销号.
create table feedback_item (
    id                uuid primary key,
    park_id           text not null,
    source            text not null,
    batch             text,
    code              text not null,
    description       text not null,
    enterprise_id     uuid,
    enterprise_name   text,
    responsible_unit  text not null,
    deadline          date not null,
    status            text not null,
    status_since      date not null,
    measures          text,
    closed_on         date,
    version           bigint not null,
    created_at        timestamptz not null,
    created_by        text not null,
    updated_at        timestamptz not null,
    updated_by        text not null,
    constraint feedback_code_unique unique (park_id, code),
    constraint feedback_closed check ((status = 'CLOSED') = (closed_on is not null))
);
create index feedback_item_park on feedback_item (park_id, status, deadline);
