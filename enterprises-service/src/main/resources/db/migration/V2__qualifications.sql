-- Qualifications and honours of enterprises (资质荣誉): type, level, award, validity, revocation.
create table qualification (
    id                uuid primary key,
    park_id           varchar(32)  not null,
    enterprise_id     uuid         not null references enterprise (id),
    type              varchar(32)  not null,
    level             varchar(16)  not null check (level in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY')),
    title             varchar(200),
    certificate_no    varchar(100),
    awarded_on        date         not null,
    valid_until       date,
    revoked_on        date,
    revocation_reason text,
    version           bigint       not null,
    created_at        timestamptz  not null,
    created_by        varchar(128) not null,
    updated_at        timestamptz  not null,
    updated_by        varchar(128) not null,
    constraint qualification_validity check (valid_until is null or valid_until >= awarded_on),
    constraint qualification_revocation check (revoked_on is null or revoked_on >= awarded_on),
    constraint qualification_once unique (enterprise_id, type, level, awarded_on)
);

create index qualification_park_type on qualification (park_id, type, level);
create index qualification_enterprise on qualification (enterprise_id);
create index qualification_park_awarded on qualification (park_id, awarded_on);
