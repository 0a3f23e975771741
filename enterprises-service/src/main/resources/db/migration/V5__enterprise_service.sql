-- Enterprise service (企业服务): cadre visits (包保走访), requests (诉求) with their state machine,
-- matters handled on enterprises' behalf (帮代办), loans under park schemes and policy payouts.
-- Every figure (办结率, overdue, loans issued, recoveries …) is computed from these rows' dates.

create table visit (
    id            uuid primary key,
    park_id       varchar(32)  not null,
    enterprise_id uuid         not null references enterprise (id),
    visited_on    date         not null,
    visitors      varchar(200) not null,
    kind          varchar(16)  not null check (kind in ('ROUTINE', 'PROBLEM', 'POLICY', 'SAFETY', 'OTHER')),
    notes         text,
    version       bigint       not null,
    created_at    timestamptz  not null,
    created_by    varchar(128) not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(128) not null
);

create index visit_park_date on visit (park_id, visited_on);
create index visit_enterprise on visit (enterprise_id, visited_on);

create table service_request (
    id             uuid primary key,
    park_id        varchar(32)  not null,
    enterprise_id  uuid         not null references enterprise (id),
    visit_id       uuid references visit (id),
    category       varchar(16)  not null check (category in ('LABOUR', 'FINANCING', 'UTILITIES', 'APPROVAL', 'POLICY',
                                                             'LABOUR_DISPUTE', 'OTHER')),
    channel        varchar(16)  not null check (channel in ('VISIT', 'PHONE', 'ONLINE', 'HOTLINE', 'DEPARTMENT',
                                                            'MEETING', 'OTHER')),
    title          varchar(200) not null,
    description    text,
    submitted_on   date         not null,
    status         varchar(16)  not null check (status in ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'CLOSED', 'RATED',
                                                           'RETURNED')),
    status_since   date         not null,
    assignee       varchar(100),
    deadline       date,
    accepted_on    date,
    resolution     text,
    closed_on      date,
    returned_on    date,
    satisfaction   smallint check (satisfaction between 1 and 5),
    rating_comment varchar(500),
    rated_on       date,
    version        bigint       not null,
    created_at     timestamptz  not null,
    created_by     varchar(128) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(128) not null,
    constraint request_accepted_shape check (accepted_on is null or (assignee is not null and deadline is not null
                                                                     and deadline >= accepted_on)),
    constraint request_closed_shape check (closed_on is null or (resolution is not null and closed_on >= submitted_on)),
    constraint request_rated_shape check ((satisfaction is null) = (rated_on is null)),
    constraint request_one_end check (closed_on is null or returned_on is null)
);

create index service_request_park_submitted on service_request (park_id, submitted_on);
create index service_request_park_status on service_request (park_id, status);
create index service_request_enterprise on service_request (enterprise_id);
create index service_request_visit on service_request (visit_id);

create table service_request_event (
    id           bigint generated always as identity primary key,
    park_id      varchar(32)  not null,
    request_id   uuid         not null references service_request (id),
    from_status  varchar(16),
    to_status    varchar(16)  not null,
    on_date      date         not null,
    text         text,
    actor        varchar(128) not null,
    recorded_at  timestamptz  not null
);

create index service_request_event_request on service_request_event (request_id, id);

-- 帮代办 (园区事园区办): a matter an officer handles for an enterprise (or a company being set up).
create table agency_matter (
    id             uuid primary key,
    park_id        varchar(32)  not null,
    enterprise_id  uuid references enterprise (id),
    applicant      varchar(200) not null,
    kind           varchar(24)  not null check (kind in ('ESTABLISHMENT', 'CHANGE', 'PLANNING_PERMIT',
                                   'CONSTRUCTION_PERMIT', 'LAND', 'ENVIRONMENTAL', 'FIRE', 'COMPLETION', 'TAX',
                                   'OTHER')),
    title          varchar(200) not null,
    handler        varchar(100) not null,
    received_on    date         not null,
    promised_on    date,
    status         varchar(16)  not null check (status in ('RECEIVED', 'CLOSED', 'TERMINATED')),
    closed_on      date,
    result         text,
    version        bigint       not null,
    created_at     timestamptz  not null,
    created_by     varchar(128) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(128) not null,
    constraint agency_matter_promise check (promised_on is null or promised_on >= received_on),
    constraint agency_matter_end check ((status = 'RECEIVED') = (closed_on is null)
                                        and (closed_on is null or closed_on >= received_on))
);

create index agency_matter_park_received on agency_matter (park_id, received_on);
create index agency_matter_enterprise on agency_matter (enterprise_id);

-- Loans under park schemes (财园信贷通, 财园通 …). Overdue is computed from due_on; 不良 and recoveries are dated.
create table loan (
    id                uuid primary key,
    park_id           varchar(32)    not null,
    enterprise_id     uuid           not null references enterprise (id),
    scheme            varchar(24)    not null check (scheme in ('CAIYUAN_XINDAITONG', 'CAIYUANTONG', 'OTHER')),
    scheme_name       varchar(100),
    bank              varchar(100)   not null,
    contract_no       varchar(100)   not null,
    amount            numeric(18, 2) not null check (amount > 0),
    issued_on         date           not null,
    due_on            date           not null,
    status            varchar(16)    not null check (status in ('ACTIVE', 'REPAID', 'NON_PERFORMING', 'SETTLED')),
    repaid_on         date,
    non_performing_on date,
    settled_on        date,
    version           bigint         not null,
    created_at        timestamptz    not null,
    created_by        varchar(128)   not null,
    updated_at        timestamptz    not null,
    updated_by        varchar(128)   not null,
    constraint loan_contract_per_park unique (park_id, bank, contract_no),
    constraint loan_term check (due_on > issued_on),
    constraint loan_other_scheme_named check (scheme <> 'OTHER' or scheme_name is not null)
);

create index loan_park_issued on loan (park_id, issued_on);
create index loan_enterprise on loan (enterprise_id);

create table loan_recovery (
    id           bigint generated always as identity primary key,
    park_id      varchar(32)    not null,
    loan_id      uuid           not null references loan (id),
    recovered_on date           not null,
    amount       numeric(18, 2) not null check (amount > 0),
    note         varchar(500),
    actor        varchar(128)   not null,
    recorded_at  timestamptz    not null
);

create index loan_recovery_loan on loan_recovery (loan_id);
create index loan_recovery_park_date on loan_recovery (park_id, recovered_on);

-- 惠企政策兑现: money paid to an enterprise under a policy. Idempotent by park + reference.
create table policy_payout (
    id            uuid primary key,
    park_id       varchar(32)    not null,
    enterprise_id uuid           not null references enterprise (id),
    policy        varchar(200)   not null,
    amount        numeric(18, 2) not null check (amount > 0),
    paid_on       date           not null,
    reference     varchar(100)   not null,
    created_at    timestamptz    not null,
    created_by    varchar(128)   not null,
    constraint policy_payout_reference unique (park_id, reference)
);

create index policy_payout_park_date on policy_payout (park_id, paid_on);
