-- Enterprise registry (一企一档): one row per enterprise of a park.
create table enterprise (
    id                   uuid primary key,
    park_id              varchar(32)  not null,
    credit_code          varchar(18)  not null,
    name                 varchar(200) not null,
    legal_representative varchar(50),
    contacts             text         not null default '{"items":[]}', -- JSON: {"items":[{name, role, phone}]}
    address              varchar(200),
    industry             varchar(100),
    industry_chain       varchar(50),
    status               varchar(32)  not null,
    status_since         date         not null,
    above_scale          boolean      not null default false,
    above_scale_since    date,
    grid                 varchar(50),
    cadre                varchar(50),
    settled_on           date         not null,
    version              bigint       not null,
    created_at           timestamptz  not null,
    created_by           varchar(128) not null,
    updated_at           timestamptz  not null,
    updated_by           varchar(128) not null,
    constraint enterprise_credit_code_per_park unique (park_id, credit_code),
    constraint enterprise_status_known check (status in ('OPERATING', 'PARTIALLY_SUSPENDED', 'SUSPENDED', 'ZOMBIE', 'EXITED')),
    constraint enterprise_scale_dated check (above_scale = (above_scale_since is not null))
);

create index enterprise_park_name on enterprise (park_id, name);
create index enterprise_park_chain on enterprise (park_id, industry_chain);
create index enterprise_park_status on enterprise (park_id, status);
create index enterprise_park_grid on enterprise (park_id, grid);

-- Every status and above-scale (规上) change, dated, with who and why (留痕).
-- Figures for a past period are computed from these rows as of the period's end.
create table enterprise_transition (
    id             bigint generated always as identity primary key,
    park_id        varchar(32)  not null,
    enterprise_id  uuid         not null references enterprise (id),
    kind           varchar(16)  not null check (kind in ('STATUS', 'SCALE')),
    from_value     varchar(32),
    to_value       varchar(32)  not null,
    effective_date date         not null,
    actor          varchar(128) not null,
    recorded_at    timestamptz  not null,
    reason         text
);

create index enterprise_transition_lookup on enterprise_transition (park_id, enterprise_id, kind, effective_date);
