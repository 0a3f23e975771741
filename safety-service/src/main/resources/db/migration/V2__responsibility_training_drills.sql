-- Safety responsibility letters (安全生产责任状) per enterprise and year, trainings and warning-education
-- sessions with the enterprises that attended, and emergency drills.

create table responsibility_letter (
    id               uuid primary key,
    park_id          text not null,
    enterprise_id    uuid not null,
    enterprise_name  text not null,
    year             integer not null check (year between 2000 and 2100),
    signed_on        date not null,
    signatory        text not null,
    notes            text,
    version          bigint not null,
    created_at       timestamptz not null,
    created_by       text not null,
    updated_at       timestamptz not null,
    updated_by       text not null,
    constraint letter_unique unique (park_id, enterprise_id, year)
);

create table training (
    id          uuid primary key,
    park_id     text not null,
    kind        text not null,
    held_on     date not null,
    title       text not null,
    organiser   text,
    notes       text,
    version     bigint not null,
    created_at  timestamptz not null,
    created_by  text not null,
    updated_at  timestamptz not null,
    updated_by  text not null
);
create index training_park on training (park_id, held_on);

create table training_attendance (
    training_id      uuid not null references training (id),
    enterprise_id    uuid not null,
    enterprise_name  text not null,
    people           integer not null check (people > 0),
    primary key (training_id, enterprise_id)
);
create index training_attendance_enterprise on training_attendance (enterprise_id);

create table drill (
    id               uuid primary key,
    park_id          text not null,
    kind             text not null,
    held_on          date not null,
    title            text not null,
    enterprise_id    uuid,
    enterprise_name  text,
    participants     integer not null check (participants > 0),
    notes            text,
    version          bigint not null,
    created_at       timestamptz not null,
    created_by       text not null,
    updated_at       timestamptz not null,
    updated_by       text not null
);
create index drill_park on drill (park_id, held_on);
