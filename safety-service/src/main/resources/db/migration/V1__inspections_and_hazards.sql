-- safety-service: campaigns, inspections and the hazard rectification loop
-- (待整改 → 整改中 → 待复查 → 已销号), with rectification records, escalations and the
-- configurable major-hazard criteria. Money in yuan.

create table campaign (
    id          uuid primary key,
    park_id     text not null,
    name        text not null,
    kind        text not null,
    start_on    date not null,
    end_on      date,
    description text,
    version     bigint not null,
    created_at  timestamptz not null,
    created_by  text not null,
    updated_at  timestamptz not null,
    updated_by  text not null,
    constraint campaign_dates check (end_on is null or end_on >= start_on)
);
create index campaign_park on campaign (park_id, start_on);

-- Campaign results as counted items (拆除防盗网 334 套).
create table campaign_result (
    id           bigint generated always as identity primary key,
    campaign_id  uuid not null references campaign (id),
    position     integer not null,
    item         text not null,
    unit         text not null,
    count        integer not null check (count >= 0),
    constraint campaign_result_unique unique (campaign_id, item)
);

create table inspection (
    id               uuid primary key,
    park_id          text not null,
    type             text not null,
    domain           text not null,
    enterprise_id    uuid not null,
    enterprise_name  text not null,
    campaign_id      uuid references campaign (id),
    inspected_on     date not null,
    inspectors       text not null,
    result           text,
    version          bigint not null,
    created_at       timestamptz not null,
    created_by       text not null,
    updated_at       timestamptz not null,
    updated_by       text not null
);
create index inspection_park on inspection (park_id, inspected_on);
create index inspection_enterprise on inspection (enterprise_id);

-- The national 2023 criteria (park '*') and parks' own additions; a hazard matching an active one is major.
create table major_criterion (
    park_id   text not null,
    code      text not null,
    category  text not null,
    text      text not null,
    active    boolean not null,
    primary key (park_id, code)
);

create table hazard (
    id                  uuid primary key,
    park_id             text not null,
    inspection_id       uuid not null references inspection (id),
    enterprise_id       uuid not null,
    enterprise_name     text not null,
    level               text not null,
    criteria            text,
    category            text not null,
    location            text,
    description         text not null,
    found_on            date not null,
    deadline            date not null,
    responsible_person  text not null,
    notice_type         text,
    notice_no           text,
    status              text not null,
    status_since        date not null,
    plan_goals          text,
    plan_measures       text,
    plan_funds          numeric(16, 2) check (plan_funds >= 0),
    plan_people         text,
    plan_deadline       date,
    plan_emergency      text,
    reviewed_by         text,
    reviewed_on         date,
    closed_on           date,
    closed_by           text,
    version             bigint not null,
    created_at          timestamptz not null,
    created_by          text not null,
    updated_at          timestamptz not null,
    updated_by          text not null,
    constraint hazard_deadline check (deadline >= found_on),
    constraint hazard_notice_unique unique (park_id, notice_no),
    constraint hazard_closed check ((status = 'CLOSED') = (closed_on is not null))
);
create index hazard_park_status on hazard (park_id, status, deadline);
create index hazard_enterprise on hazard (enterprise_id);
create index hazard_inspection on hazard (inspection_id);

-- Every step of a hazard (留痕). Never updated.
create table hazard_event (
    id           bigint generated always as identity primary key,
    park_id      text not null,
    hazard_id    uuid not null references hazard (id),
    kind         text not null,
    from_status  text,
    to_status    text,
    on_date      date not null,
    text         text,
    actor        text not null,
    recorded_at  timestamptz not null
);
create index hazard_event_hazard on hazard_event (hazard_id, id);
create index hazard_event_park on hazard_event (park_id, to_status, on_date);

-- What the enterprise (or an officer on its behalf) did: measures, date, evidence text and links.
create table rectification (
    id               uuid primary key,
    park_id          text not null,
    hazard_id        uuid not null references hazard (id),
    done_on          date not null,
    measures         text not null,
    evidence         text,
    links            text,
    completed        boolean not null,
    recorded_by      text not null,
    recorded_at      timestamptz not null
);
create index rectification_hazard on rectification (hazard_id, done_on);

-- 通报主管部门, 约谈, 行政处罚 (with the amount), each dated.
create table escalation (
    id          uuid primary key,
    park_id     text not null,
    hazard_id   uuid not null references hazard (id),
    kind        text not null,
    on_date     date not null,
    authority   text,
    note        text,
    amount      numeric(16, 2) check (amount >= 0),
    recorded_by text not null,
    recorded_at timestamptz not null,
    constraint escalation_penalty_amount check ((kind = 'PENALTY') = (amount is not null))
);
create index escalation_park on escalation (park_id, kind, on_date);
create index escalation_hazard on escalation (hazard_id);

-- 工贸企业重大事故隐患判定标准 (应急管理部令第10号, 2023): the three management situations and a selection
-- of the industry and special ones; parks add or deactivate their own through /api/major-criteria.
insert into major_criterion (park_id, code, category, text, active) values
    ('*', 'M1', 'MANAGEMENT', '未对承包单位、承租单位的安全生产工作统一协调、管理，或者未定期进行安全检查', true),
    ('*', 'M2', 'MANAGEMENT', '特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业', true),
    ('*', 'M3', 'MANAGEMENT', '金属冶炼企业主要负责人、安全生产管理人员未按照规定经考核合格', true),
    ('*', 'S-DUST-1', 'SPECIAL', '粉尘爆炸危险场所设置在非框架结构的多层建构筑物内，或者粉尘爆炸危险场所内设有员工宿舍、会议室、办公室、休息室等人员聚集场所', true),
    ('*', 'S-DUST-2', 'SPECIAL', '不同类别的可燃性粉尘、可燃性粉尘与可燃气体等易加剧爆炸危险的介质共用一套除尘系统，或者不同建（构）筑物、不同防火分区共用一套除尘系统、除尘系统互联互通', true),
    ('*', 'S-AMMONIA-1', 'SPECIAL', '包装间、分割间、产品整理间等人员较多生产场所的空调系统采用氨直接蒸发制冷', true),
    ('*', 'S-CONFINED-1', 'SPECIAL', '未对有限空间进行辨识、建立安全管理台账，并且未设置明显的安全警示标志', true),
    ('*', 'S-CONFINED-2', 'SPECIAL', '未落实有限空间作业审批，或者未执行"先通风、再检测、后作业"要求，或者作业现场未设置监护人员', true),
    ('*', 'I-MACH-1', 'INDUSTRY', '冲压机械的安全保护装置未保持完好有效', true),
    ('*', 'I-LIGHT-1', 'INDUSTRY', '纺织企业：纱、线、织物加工的烧毛、开幅、烘干等热定型工艺的汽化室、燃气贮罐、储油罐、热媒炉等未与生产加工等人员聚集场所隔开或者单独设置', true);
