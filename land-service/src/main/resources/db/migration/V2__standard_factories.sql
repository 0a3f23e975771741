-- Standard factories (标准厂房): buildings and their units, leases to enterprises (area, term, rent and
-- property fee per m² per month, 履约保证金), the dues each lease generates and the payments against them,
-- and the end of a lease — expiry, 清退 (cleared by the zone) or 腾退 (vacated). Areas in m², money in yuan.

create table factory_building (
    id          uuid primary key,
    park_id     text not null,
    code        text not null,
    name        text not null,
    location    text,
    floors      integer not null check (floors > 0),
    built_on    date,
    version     bigint not null,
    created_at  timestamptz not null,
    created_by  text not null,
    updated_at  timestamptz not null,
    updated_by  text not null,
    constraint factory_building_code unique (park_id, code)
);

create table factory_unit (
    id           uuid primary key,
    park_id      text not null,
    building_id  uuid not null references factory_building (id),
    code         text not null,
    floor        integer not null,
    area_m2      numeric(12, 2) not null check (area_m2 > 0),
    constraint factory_unit_code unique (building_id, code)
);

create table lease (
    id                 uuid primary key,
    park_id            text not null,
    contract_no        text not null,
    enterprise_id      uuid not null,
    enterprise_name    text not null,
    area_m2            numeric(12, 2) not null check (area_m2 > 0),
    start_on           date not null,
    end_on             date not null,
    rent_per_m2        numeric(10, 2) not null check (rent_per_m2 >= 0),
    property_fee_per_m2 numeric(10, 2) not null check (property_fee_per_m2 >= 0),
    deposit            numeric(14, 2) not null check (deposit >= 0),
    ended_on           date,
    end_kind           text,
    end_reason         text,
    version            bigint not null,
    created_at         timestamptz not null,
    created_by         text not null,
    updated_at         timestamptz not null,
    updated_by         text not null,
    constraint lease_contract unique (park_id, contract_no),
    constraint lease_term check (end_on >= start_on),
    constraint lease_end check ((ended_on is null) = (end_kind is null))
);
create index lease_park on lease (park_id, start_on);
create index lease_enterprise on lease (enterprise_id);

create table lease_unit (
    lease_id  uuid not null references lease (id),
    unit_id   uuid not null references factory_unit (id),
    primary key (lease_id, unit_id)
);
create index lease_unit_unit on lease_unit (unit_id);

-- What a lease owes: the deposit once, rent and property fee for each month of the term (due on the
-- 1st); and what was paid against each. Arrears = due by a date less paid by it.
create table lease_due (
    id        bigint generated always as identity primary key,
    park_id   text not null,
    lease_id  uuid not null references lease (id),
    kind      text not null,
    period    text,
    due_on    date not null,
    amount    numeric(14, 2) not null check (amount >= 0),
    constraint lease_due_unique unique (lease_id, kind, period)
);
create index lease_due_park on lease_due (park_id, kind, due_on);

create table lease_payment (
    id           uuid primary key,
    park_id      text not null,
    lease_id     uuid not null references lease (id),
    kind         text not null,
    period       text,
    amount       numeric(14, 2) not null check (amount > 0),
    paid_on      date not null,
    receipt_no   text not null,
    recorded_by  text not null,
    recorded_at  timestamptz not null,
    constraint lease_payment_receipt unique (park_id, receipt_no)
);
create index lease_payment_park on lease_payment (park_id, kind, paid_on);
create index lease_payment_lease on lease_payment (lease_id);
