-- A park's yearly target for disposing of its idle and inefficient land (e.g. "60% of the stock by year
-- end"): the share of the stock at the start of the year to dispose of within it. The figures endpoint
-- sets the share disposed against it.

create table disposal_target (
    id             bigint generated always as identity primary key,
    park_id        text not null,
    year           integer not null check (year between 2000 and 2999),
    cleared_share  numeric(5, 4) not null check (cleared_share > 0 and cleared_share <= 1),
    note           text,
    version        bigint not null,
    created_at     timestamptz not null,
    created_by     text not null,
    updated_at     timestamptz not null,
    updated_by     text not null,
    constraint disposal_target_year unique (park_id, year)
);
