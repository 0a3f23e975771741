-- land-service: parcels (宗地) with their dated status history, and the idle / inefficient land cases
-- (闲置/低效用地处置: 调查 → 认定 → 告知 → 处置决定 → 执行 → 已处置, or 撤销) with the documents issued,
-- the rule engine's suggestion and the officers' decision. Areas in 亩, money in yuan.

create table parcel (
    id                    uuid primary key,
    park_id               text not null,
    code                  text not null,
    name                  text not null,
    location              text,
    area_mu               numeric(14, 4) not null check (area_mu > 0),
    land_use              text not null,
    supply_method         text,
    holder_id             uuid,
    holder_name           text,
    contract_no           text,
    contract_date         date,
    land_price            numeric(16, 2) check (land_price >= 0),
    agreed_start_on       date,
    agreed_completion_on  date,
    started_on            date,
    completed_on          date,
    promised_investment   numeric(16, 2) check (promised_investment >= 0),
    plot_ratio_agreed     numeric(6, 2) check (plot_ratio_agreed >= 0),
    plot_ratio_actual     numeric(6, 2) check (plot_ratio_actual >= 0),
    developed_share       numeric(5, 4) check (developed_share between 0 and 1),
    invested_share        numeric(5, 4) check (invested_share between 0 and 1),
    suspended_since       date,
    government_cause      text,
    status                text not null,
    status_since          date not null,
    boundary              text,
    boundary_area_m2      numeric(14, 2),
    version               bigint not null,
    created_at            timestamptz not null,
    created_by            text not null,
    updated_at            timestamptz not null,
    updated_by            text not null,
    constraint parcel_code unique (park_id, code),
    constraint parcel_holder check ((holder_id is null) = (holder_name is null)),
    constraint parcel_dates check (agreed_completion_on is null or agreed_start_on is null
                                   or agreed_completion_on >= agreed_start_on),
    constraint parcel_boundary check ((boundary is null) = (boundary_area_m2 is null))
);
create index parcel_park_status on parcel (park_id, status);
create index parcel_holder on parcel (holder_id);

-- Every status change of a parcel, dated (figures as of a past date read this).
create table parcel_event (
    id           bigint generated always as identity primary key,
    park_id      text not null,
    parcel_id    uuid not null references parcel (id),
    from_status  text,
    to_status    text not null,
    on_date      date not null,
    reason       text,
    actor        text not null,
    recorded_at  timestamptz not null
);
create index parcel_event_parcel on parcel_event (parcel_id, id);
create index parcel_event_park on parcel_event (park_id, to_status, on_date);

create table land_case (
    id                 uuid primary key,
    park_id            text not null,
    parcel_id          uuid not null references parcel (id),
    kind               text not null,
    status             text not null,
    status_since       date not null,
    opened_on          date not null,
    cause              text,
    government_cause   text,
    suggestion         text,
    suggested_on       date,
    method             text,
    decision           text,
    area_disposed_mu   numeric(14, 4) check (area_disposed_mu >= 0),
    takeover_id        uuid,
    takeover_name      text,
    idle_fee           numeric(16, 2) check (idle_fee >= 0),
    amount_recovered   numeric(16, 2) check (amount_recovered >= 0),
    amount_paid        numeric(16, 2) check (amount_paid >= 0),
    disposed_on        date,
    version            bigint not null,
    created_at         timestamptz not null,
    created_by         text not null,
    updated_at         timestamptz not null,
    updated_by         text not null,
    constraint land_case_takeover check ((takeover_id is null) = (takeover_name is null)),
    constraint land_case_disposed check ((status = 'DISPOSED') = (disposed_on is not null))
);
-- at most one open case per parcel
create unique index land_case_open on land_case (parcel_id) where status not in ('DISPOSED', 'WITHDRAWN');
create index land_case_park on land_case (park_id, status);

-- Every step of a case with the document it issued (调查通知书, 认定书, 告知书, 处置决定书 …). Never updated.
create table land_case_event (
    id             bigint generated always as identity primary key,
    park_id        text not null,
    case_id        uuid not null references land_case (id),
    from_status    text,
    to_status      text not null,
    on_date        date not null,
    document_type  text,
    document_no    text,
    text           text,
    actor          text not null,
    recorded_at    timestamptz not null,
    constraint land_case_document unique (park_id, document_no)
);
create index land_case_event_case on land_case_event (case_id, id);
create index land_case_event_park on land_case_event (park_id, to_status, on_date);
