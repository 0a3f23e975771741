-- Investment promotion (招商): leads with their follow-up log, promotion activities and the leads they
-- touched. Scheduling (调度): meetings, the issues raised for projects, annual targets.

create table lead (
    id                   uuid primary key,
    park_id              text not null,
    company              text not null,
    contact              text,
    source_region        text,
    industry_chain       text,
    product              text,
    intended_investment  numeric(16, 2) check (intended_investment >= 0),
    owner                text not null,
    first_contact_on     date not null,
    status               text not null,
    status_since         date not null,
    abandon_reason       text,
    project_id           uuid references project (id),
    version              bigint not null,
    created_at           timestamptz not null,
    created_by           text not null,
    updated_at           timestamptz not null,
    updated_by           text not null,
    constraint lead_signed_has_project check ((status = 'SIGNED') = (project_id is not null))
);
create index lead_park_status on lead (park_id, status);

create table lead_event (
    id           bigint generated always as identity primary key,
    park_id      text not null,
    lead_id      uuid not null references lead (id),
    kind         text not null,
    from_status  text,
    to_status    text,
    on_date      date not null,
    text         text,
    actor        text not null,
    recorded_at  timestamptz not null
);
create index lead_event_lead on lead_event (lead_id, id);

create table promotion_activity (
    id            uuid primary key,
    park_id       text not null,
    kind          text not null,
    start_on      date not null,
    end_on        date not null,
    title         text not null,
    place         text,
    people        text,
    counterparts  text,
    outcome       text,
    version       bigint not null,
    created_at    timestamptz not null,
    created_by    text not null,
    updated_at    timestamptz not null,
    updated_by    text not null,
    constraint activity_dates check (end_on >= start_on)
);
create index promotion_activity_park on promotion_activity (park_id, kind, start_on);

create table activity_lead (
    activity_id  uuid not null references promotion_activity (id),
    lead_id      uuid not null references lead (id),
    primary key (activity_id, lead_id)
);
create index activity_lead_lead on activity_lead (lead_id);

create table meeting (
    id         uuid primary key,
    park_id    text not null,
    kind       text not null,
    held_on    date not null,
    title      text not null,
    chair      text,
    attendees  text,
    notes      text,
    version    bigint not null,
    created_at timestamptz not null,
    created_by text not null,
    updated_at timestamptz not null,
    updated_by text not null
);
create index meeting_park on meeting (park_id, held_on);

create table meeting_issue (
    id                uuid primary key,
    park_id           text not null,
    meeting_id        uuid not null references meeting (id),
    project_id        uuid not null references project (id),
    category          text not null,
    description       text not null,
    responsible_unit  text not null,
    deadline          date not null,
    status            text not null,
    resolution        text,
    resolved_on       date,
    version           bigint not null,
    created_at        timestamptz not null,
    created_by        text not null,
    updated_at        timestamptz not null,
    updated_by        text not null,
    constraint issue_resolution check ((status = 'RESOLVED') = (resolved_on is not null))
);
create index meeting_issue_park on meeting_issue (park_id, status, deadline);
create index meeting_issue_project on meeting_issue (project_id);

-- A joint-review meeting approves projects: the approval is the project's 联审通过 step.
alter table project_stage_event add column meeting_id uuid references meeting (id);

create table annual_target (
    park_id                 text not null,
    year                    integer not null check (year between 2000 and 2100),
    new_starts              integer not null check (new_starts >= 0),
    completions             integer not null check (completions >= 0),
    fixed_asset_investment  numeric(16, 2) not null check (fixed_asset_investment >= 0),
    signed_investment       numeric(16, 2) not null check (signed_investment >= 0),
    version                 bigint not null,
    created_at              timestamptz not null,
    created_by              text not null,
    updated_at              timestamptz not null,
    updated_by              text not null,
    primary key (park_id, year)
);
