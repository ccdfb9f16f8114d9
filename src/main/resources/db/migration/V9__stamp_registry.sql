-- Stamp registry, part two: applications (one physical item each, the inspection report kept as the
-- JSON document it is), their photos, and the stamps certifiers issue.
create table stamp_application (
    id              uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisation (id),
    status          text not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'REJECTED')),
    category        text not null references device_category (code),
    report          jsonb not null,
    reviewer_note   text,
    stamp_code      text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    submitted_at    timestamptz
);
create index stamp_application_by_organisation on stamp_application (organisation_id, created_at desc);
create index stamp_application_queue on stamp_application (submitted_at) where status = 'SUBMITTED';

create table stamp_photo (
    id             uuid primary key default gen_random_uuid(),
    application_id uuid not null references stamp_application (id) on delete cascade,
    file_name      text not null,
    content_type   text not null check (content_type in ('image/jpeg', 'image/png')),
    content        bytea not null,
    uploaded_at    timestamptz not null
);
create index stamp_photo_by_application on stamp_photo (application_id);

create table stamp (
    code            text primary key,
    application_id  uuid not null unique references stamp_application (id),
    organisation_id uuid not null references organisation (id),
    category        text not null,
    brand           text not null,
    model           text not null,
    serial_number   text not null,
    grade           text not null,
    report          jsonb not null,
    issued_at       timestamptz not null,
    certifier       text not null,
    -- The signed statement (see StampStatement) and its signature, so that the QR code can carry both.
    signed_payload  text not null,
    signature       text not null,
    key_id          text not null references stamp_signing_key (key_id),
    revoked_at      timestamptz,
    revoked_reason  text,
    warranty_months integer not null default 24
);
create index stamp_by_organisation on stamp (organisation_id);
