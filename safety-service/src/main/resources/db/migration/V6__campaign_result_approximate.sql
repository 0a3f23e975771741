-- A campaign result the officer counted only roughly ("清通道50余处": about 50, recorded as 50): the report
-- writes such a count with 余, an exact one (拆除防盗网334套) as it is.
alter table campaign_result add column approximate boolean not null default false;
