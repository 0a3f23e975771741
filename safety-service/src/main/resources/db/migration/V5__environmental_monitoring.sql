-- Environmental monitoring: monitoring points with their own limits (seeded from a chosen standard,
-- RULES.md), samples pushed by departments (idempotent by point and sampled time) with their
-- measurements. A sample with a measurement over its limit raises exactly one environmental hazard,
-- for the point's enterprise or, for the zone's own points, for the zone (no enterprise).

create table monitoring_point (
    id                  uuid primary key,
    park_id             text not null,
    code                text not null,
    name                text not null,
    kind                text not null,
    standard            text not null,
    enterprise_id       uuid,
    enterprise_name     text,
    location            text,
    responsible_person  text not null,
    version             bigint not null,
    created_at          timestamptz not null,
    created_by          text not null,
    updated_at          timestamptz not null,
    updated_by          text not null,
    constraint monitoring_point_code unique (park_id, code),
    constraint monitoring_point_enterprise check ((enterprise_id is null) = (enterprise_name is null))
);
create index monitoring_point_enterprise on monitoring_point (enterprise_id);

-- The point's limits; min only for pH (6–9). An indicator without a row has no limit at this point.
create table point_limit (
    point_id   uuid not null references monitoring_point (id),
    indicator  text not null,
    min_value  numeric(14, 6),
    max_value  numeric(14, 6),
    primary key (point_id, indicator),
    constraint point_limit_some check (min_value is not null or max_value is not null),
    constraint point_limit_order check (min_value is null or max_value is null or min_value <= max_value)
);

create table sample (
    id            uuid primary key,
    park_id       text not null,
    point_id      uuid not null references monitoring_point (id),
    sampled_at    timestamptz not null,
    laboratory    text,
    exceeded      boolean not null,
    recorded_by   text not null,
    recorded_at   timestamptz not null,
    constraint sample_unique unique (point_id, sampled_at)
);
create index sample_park on sample (park_id, sampled_at);

-- Each measurement keeps the limit it was judged against (limits may change later).
create table measurement (
    sample_id  uuid not null references sample (id),
    indicator  text not null,
    value      numeric(14, 6) not null,
    min_value  numeric(14, 6),
    max_value  numeric(14, 6),
    exceeded   boolean not null,
    primary key (sample_id, indicator)
);

-- Hazards raised by an exceedance have no inspection; the zone's own points have no enterprise.
alter table hazard alter column inspection_id drop not null;
alter table hazard alter column enterprise_id drop not null;
alter table hazard alter column enterprise_name drop not null;
alter table hazard add column sample_id uuid references sample (id);
alter table hazard add constraint hazard_sample_unique unique (sample_id);
alter table hazard add constraint hazard_origin check (inspection_id is not null or sample_id is not null);
