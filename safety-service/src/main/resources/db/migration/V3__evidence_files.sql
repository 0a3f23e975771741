-- Evidence files of rectifications (photos, scans), kept in PostgreSQL: at most 10 MB each, JPEG, PNG or PDF
-- checked by their content, with a SHA-256 so an identical upload is recognised.
create table evidence_file (
    id                uuid primary key,
    park_id           text not null,
    hazard_id         uuid not null references hazard (id),
    rectification_id  uuid not null references rectification (id),
    file_name         text not null,
    content_type      text not null,
    size_bytes        integer not null check (size_bytes between 1 and 10485760),
    sha256            text not null,
    content           bytea not null,
    uploaded_by       text not null,
    uploaded_at       timestamptz not null,
    constraint evidence_file_unique unique (rectification_id, sha256)
);
create index evidence_file_hazard on evidence_file (hazard_id);
