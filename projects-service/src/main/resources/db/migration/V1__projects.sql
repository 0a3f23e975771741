-- projects-service: projects with their stage machine, progress reports, the working-day calendar
-- and per-park settings. Money in yuan (numeric), land in 亩, building area in m².

create table project (
    id                      uuid primary key,
    park_id                 text not null,
    name                    text not null,
    category                text not null,
    investor_id             uuid,
    investor_name           text,
    lead_id                 uuid,
    industry_chain          text,
    construction_content    text,
    total_investment        numeric(16, 2) not null check (total_investment >= 0),
    fixed_asset_investment  numeric(16, 2) check (fixed_asset_investment >= 0),
    land_area_mu            numeric(12, 2) check (land_area_mu >= 0),
    parcel_ref              text,
    key_level               text,
    investment_model        text,
    leader                  text,
    expected_revenue        numeric(16, 2) check (expected_revenue >= 0),
    expected_tax            numeric(16, 2) check (expected_tax >= 0),
    stage                   text not null,
    stage_since             date not null,
    suspended_from          text,
    signed_on               date not null,
    started_on              date,
    completed_on            date,
    planned_start           date,
    planned_completion      date,
    planned_production      date,
    version                 bigint not null,
    created_at              timestamptz not null,
    created_by              text not null,
    updated_at              timestamptz not null,
    updated_by              text not null,
    constraint project_name_unique unique (park_id, name),
    constraint project_suspension check ((stage = 'SUSPENDED') = (suspended_from is not null)),
    constraint project_start_after_signing check (started_on is null or started_on >= signed_on),
    constraint project_completion_after_start check (completed_on is null or started_on <= completed_on)
);
create index project_park_stage on project (park_id, stage);
create index project_investor on project (investor_id);

-- Every step of the stage machine, dated, with who and why (留痕). Never updated.
create table project_stage_event (
    id          bigint generated always as identity primary key,
    park_id     text not null,
    project_id  uuid not null references project (id),
    from_stage  text,
    to_stage    text not null,
    on_date     date not null,
    text        text,
    actor       text not null,
    recorded_at timestamptz not null
);
create index project_stage_event_project on project_stage_event (project_id, id);
create index project_stage_event_park on project_stage_event (park_id, to_stage, on_date);

-- Progress reports (进度填报), weekly or monthly; cumulative figures never go backwards.
create table progress_report (
    id                     uuid primary key,
    park_id                text not null,
    project_id             uuid not null references project (id),
    kind                   text not null,
    report_date            date not null,
    cumulative_investment  numeric(16, 2) not null check (cumulative_investment >= 0),
    image_progress         numeric(5, 2) not null check (image_progress between 0 and 100),
    milestone              text,
    pipe_km                numeric(10, 2) check (pipe_km >= 0),
    road_km                numeric(10, 2) check (road_km >= 0),
    levelled_mu            numeric(12, 2) check (levelled_mu >= 0),
    factory_m2             numeric(14, 2) check (factory_m2 >= 0),
    version                bigint not null,
    created_at             timestamptz not null,
    created_by             text not null,
    updated_at             timestamptz not null,
    updated_by             text not null,
    constraint progress_report_unique unique (project_id, report_date)
);
create index progress_report_park on progress_report (park_id, report_date);

-- The working-day calendar: days that differ from "Monday–Friday work, weekends off".
-- park_id '*' holds the national arrangement (国务院办公厅 holiday notices); a park's own rows
-- override it day by day.
create table calendar_day (
    park_id  text not null,
    day      date not null,
    working  boolean not null,
    name     text not null,
    primary key (park_id, day)
);

-- Per-park settings, edited by admin; absent rows mean the national defaults.
create table project_settings (
    park_id                    text primary key,
    stalled_after_days         integer not null check (stalled_after_days between 1 and 365),
    start_target_working_days  integer not null check (start_target_working_days between 1 and 365),
    version                    bigint not null,
    created_at                 timestamptz not null,
    created_by                 text not null,
    updated_at                 timestamptz not null,
    updated_by                 text not null
);
