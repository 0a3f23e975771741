-- 亩产效益 (亩均效益评价): a park's scoring rules per year, and each year's evaluation — the land holders
-- on 31 December with their year from enterprises-service, their indicator scores, total, rank and class.
-- Re-evaluating a year replaces its results in one transaction.

create table efficiency_scheme (
    id          bigint generated always as identity primary key,
    park_id     text not null,
    year        integer not null check (year between 2000 and 2999),
    max_ratio   numeric(6, 2) not null check (max_ratio between 1 and 10),
    method      text not null check (method in ('PERCENTILE', 'THRESHOLD')),
    a_share     numeric(5, 4),
    b_share     numeric(5, 4),
    d_share     numeric(5, 4),
    a_min       numeric(8, 2),
    b_min       numeric(8, 2),
    c_min       numeric(8, 2),
    -- JSON as text: read and written whole by the service, never queried; text keeps Hibernate's dirty
    -- check exact (a jsonb tree read back can differ in number types and look changed)
    weights     text not null check (jsonb_typeof(weights::jsonb -> 'items') = 'array'), -- {"items": [{population, indicator, weight, reference}]}
    version     bigint not null,
    created_at  timestamptz not null,
    created_by  text not null,
    updated_at  timestamptz not null,
    updated_by  text not null,
    constraint efficiency_scheme_year unique (park_id, year),
    constraint efficiency_scheme_cuts check (
        (method = 'PERCENTILE' and a_share is not null and b_share is not null and d_share is not null)
        or (method = 'THRESHOLD' and a_min > b_min and b_min > c_min and c_min >= 0))
);

create table efficiency_evaluation (
    id            bigint generated always as identity primary key,
    park_id       text not null,
    year          integer not null check (year between 2000 and 2999),
    scheme_year   integer, -- the park's scheme used (null: the built-in one)
    scheme        text not null check (jsonb_typeof(scheme::jsonb -> 'weights') = 'array'), -- the scheme as applied (JSON)
    enterprises   integer not null check (enterprises >= 0),
    evaluated_at  timestamptz not null,
    evaluated_by  text not null,
    version       bigint not null,
    constraint efficiency_evaluation_year unique (park_id, year)
);

create table efficiency_result (
    id               bigint generated always as identity primary key,
    evaluation_id    bigint not null references efficiency_evaluation (id) on delete cascade,
    park_id          text not null,
    year             integer not null,
    enterprise_id    uuid not null,
    enterprise_name  text not null,
    population       text not null check (population in ('ABOVE_SCALE', 'BELOW_SCALE')),
    land_mu          numeric(14, 4) not null check (land_mu > 0),
    parcels          integer not null check (parcels > 0),
    months_reported  integer not null check (months_reported between 0 and 12),
    revenue          numeric(18, 2) not null,
    tax              numeric(18, 2) not null,
    value_added      numeric(18, 2) not null,
    energy_tce       numeric(14, 3) not null,
    rd               numeric(18, 2) not null,
    employees        numeric(10, 1),
    scores           jsonb not null, -- {"items": [{indicator, value, reference, ratio, weight, points}]}
    score            numeric(8, 2) not null,
    rank             integer not null check (rank > 0),
    grade            char(1) not null check (grade in ('A', 'B', 'C', 'D')),
    constraint efficiency_result_once unique (park_id, year, enterprise_id)
);
create index efficiency_result_grade on efficiency_result (park_id, year, grade);
create index efficiency_result_enterprise on efficiency_result (enterprise_id, year);
