-- Eligibility pre-screen (入规与资质预评): per-park thresholds (national values when a park has none)
-- and the yearly facts an enterprise's monthly reports do not carry (IP, debt ratio, niche years …).

create table eligibility_settings (
    park_id                        varchar(32)    primary key,
    above_scale_revenue            numeric(18, 2) not null check (above_scale_revenue > 0),
    innovative_pass_score          integer        not null check (innovative_pass_score between 0 and 100),
    innovative_min_innovation      integer        not null check (innovative_min_innovation between 0 and 40),
    innovative_min_growth          integer        not null check (innovative_min_growth between 0 and 30),
    innovative_min_specialization  integer        not null check (innovative_min_specialization between 0 and 30),
    innovative_direct_equity       numeric(18, 2) not null check (innovative_direct_equity >= 0),
    specialized_min_niche_years    integer        not null check (specialized_min_niche_years >= 0),
    specialized_min_rd             numeric(18, 2) not null check (specialized_min_rd >= 0),
    specialized_min_rd_ratio       numeric(6, 4)  not null check (specialized_min_rd_ratio between 0 and 1),
    specialized_min_revenue        numeric(18, 2) not null check (specialized_min_revenue >= 0),
    specialized_alt_equity         numeric(18, 2) not null check (specialized_alt_equity >= 0),
    high_tech_band_small           numeric(18, 2) not null check (high_tech_band_small > 0),
    high_tech_band_large           numeric(18, 2) not null check (high_tech_band_large > high_tech_band_small),
    high_tech_rd_ratio_small       numeric(6, 4)  not null check (high_tech_rd_ratio_small between 0 and 1),
    high_tech_rd_ratio_mid         numeric(6, 4)  not null check (high_tech_rd_ratio_mid between 0 and 1),
    high_tech_rd_ratio_large       numeric(6, 4)  not null check (high_tech_rd_ratio_large between 0 and 1),
    high_tech_min_st_staff         numeric(6, 4)  not null check (high_tech_min_st_staff between 0 and 1),
    high_tech_min_product_share    numeric(6, 4)  not null check (high_tech_min_product_share between 0 and 1),
    version                        bigint         not null,
    updated_at                     timestamptz    not null,
    updated_by                     varchar(128)   not null
);

create table eligibility_fact (
    id                        uuid primary key,
    park_id                   varchar(32)    not null,
    enterprise_id             uuid           not null references enterprise (id),
    year                      integer        not null check (year between 2000 and 2100),
    ip_level                  varchar(24) check (ip_level in ('HIGH_VALUE_CLASS_I', 'OWN_CLASS_I', 'CLASS_I', 'CLASS_II', 'NONE')),
    class_i_ip                integer check (class_i_ip >= 0),
    debt_ratio                numeric(6, 4) check (debt_ratio >= 0),
    strategic_emerging        boolean,
    niche_years               integer check (niche_years >= 0),
    st_staff                  integer check (st_staff >= 0),
    high_tech_product_share   numeric(6, 4) check (high_tech_product_share between 0 and 1),
    new_equity_2y             numeric(18, 2) check (new_equity_2y >= 0),
    new_equity_3y             numeric(18, 2) check (new_equity_3y >= 0),
    st_award_3y               boolean,
    provincial_rd_institution boolean,
    version                   bigint         not null,
    created_at                timestamptz    not null,
    created_by                varchar(128)   not null,
    updated_at                timestamptz    not null,
    updated_by                varchar(128)   not null,
    constraint eligibility_fact_once unique (enterprise_id, year)
);

create index eligibility_fact_park_year on eligibility_fact (park_id, year);
