-- Cultivation pool (培育库, 一企一策): candidates for 入规 or a qualification, with their state,
-- responsible cadre, plan, measures and every dated transition.
create table cultivation_entry (
    id             uuid primary key,
    park_id        varchar(32)  not null,
    enterprise_id  uuid         not null references enterprise (id),
    target         varchar(16)  not null check (target in ('ABOVE_SCALE', 'QUALIFICATION')),
    target_type    varchar(32),
    target_level   varchar(16),
    expected_month varchar(7)   not null check (expected_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    cadre          varchar(50)  not null,
    plan           text,
    status         varchar(16)  not null check (status in ('RESERVE', 'CULTIVATING', 'APPLIED', 'ACHIEVED', 'WITHDRAWN')),
    status_since   date         not null,
    achieved_on    date,
    version        bigint       not null,
    created_at     timestamptz  not null,
    created_by     varchar(128) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(128) not null,
    constraint cultivation_target_shape check (
        (target = 'ABOVE_SCALE' and target_type is null and target_level is null)
        or (target = 'QUALIFICATION' and target_type is not null and target_level is not null))
);

-- one open entry per enterprise and goal
create unique index cultivation_open_goal on cultivation_entry
    (enterprise_id, target, coalesce(target_type, ''), coalesce(target_level, ''))
    where status not in ('ACHIEVED', 'WITHDRAWN');
create index cultivation_park_status on cultivation_entry (park_id, status);

create table cultivation_event (
    id            bigint generated always as identity primary key,
    park_id       varchar(32)  not null,
    entry_id      uuid         not null references cultivation_entry (id),
    kind          varchar(16)  not null check (kind in ('TRANSITION', 'MEASURE')),
    from_status   varchar(16),
    to_status     varchar(16),
    on_date       date         not null,
    text          text,
    actor         varchar(128) not null,
    recorded_at   timestamptz  not null
);

create index cultivation_event_entry on cultivation_event (entry_id, on_date, id);
