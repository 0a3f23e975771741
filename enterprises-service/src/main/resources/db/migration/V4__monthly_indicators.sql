-- Monthly indicators of enterprises (企业月报): the values of one month (当月值, not cumulative).
-- 1–N月累计 and 同比 are computed from these rows, never stored.
create table monthly_indicator (
    id                    bigint generated always as identity primary key,
    park_id               varchar(32)    not null,
    enterprise_id         uuid           not null references enterprise (id),
    month                 varchar(7)     not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    output_value          numeric(18, 2) not null check (output_value >= 0),
    operating_revenue     numeric(18, 2) not null check (operating_revenue >= 0),
    main_business_revenue numeric(18, 2) not null check (main_business_revenue >= 0),
    value_added           numeric(18, 2),
    profit                numeric(18, 2) not null,
    tax_paid              numeric(18, 2) not null check (tax_paid >= 0),
    vat_payable           numeric(18, 2),
    rd_spending           numeric(18, 2) check (rd_spending >= 0),
    energy_tce            numeric(14, 3) check (energy_tce >= 0),
    employees             integer        check (employees >= 0),
    source                varchar(16)    not null check (source in ('ENTERPRISE', 'OFFICER', 'DEPARTMENT')),
    version               bigint         not null,
    created_at            timestamptz    not null,
    created_by            varchar(128)   not null,
    updated_at            timestamptz    not null,
    updated_by            varchar(128)   not null,
    constraint monthly_indicator_once unique (enterprise_id, month)
);

create index monthly_indicator_park_month on monthly_indicator (park_id, month);
