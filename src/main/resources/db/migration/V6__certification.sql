-- Certification: applications with a criteria checklist and evidence, certifiers' decisions, the
-- certificates they issue, and an append-only audit trail. The directory badge is read from the
-- certificates from now on, so the hand-set column goes.
alter table organisation drop column certification_status;

create table certification_application (
    id              uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisation (id),
    kind            text not null check (kind in ('REPAIRER', 'REUSE_CENTRE')),
    status          text not null check (status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REJECTED')),
    categories      text[] not null default '{}',
    services        text[] not null default '{}',
    decision_note   text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    submitted_at    timestamptz
);
create index certification_application_by_organisation on certification_application (organisation_id);
-- One open application per organisation and kind, so that certifiers never judge two at once.
create unique index certification_application_one_open on certification_application (organisation_id, kind)
    where status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED');
create index certification_application_queue on certification_application (submitted_at) where status = 'SUBMITTED';

create table certification_answer (
    application_id   uuid not null references certification_application (id) on delete cascade,
    criterion        text not null,
    met              boolean,
    explanation      text not null default '',
    reviewer_comment text,
    primary key (application_id, criterion)
);

create table certification_evidence (
    id             uuid primary key default gen_random_uuid(),
    application_id uuid not null references certification_application (id) on delete cascade,
    criterion      text not null,
    file_name      text not null,
    content_type   text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes     integer not null check (size_bytes > 0),
    content        bytea not null,
    uploaded_at    timestamptz not null
);
create index certification_evidence_by_application on certification_evidence (application_id);

create sequence certificate_number_sequence;

create table certificate (
    number          text primary key,
    organisation_id uuid not null references organisation (id),
    application_id  uuid references certification_application (id),
    kind            text not null check (kind in ('REPAIRER', 'REUSE_CENTRE')),
    categories      text[] not null,
    services        text[] not null,
    valid_from      timestamptz not null,
    valid_to        timestamptz not null check (valid_to > valid_from),
    certifier       text not null,
    state           text not null check (state in ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    state_reason    text,
    -- Set once the expiry has been announced (audit entry, search update, notification).
    expiry_recorded boolean not null default false
);
create index certificate_by_organisation on certificate (organisation_id);
create index certificate_by_expiry on certificate (valid_to) where state <> 'REVOKED';

-- Which expiry reminders went out, so that each goes out once.
create table certificate_reminder (
    certificate_number text not null references certificate (number),
    days_before        integer not null,
    sent_at            timestamptz not null,
    primary key (certificate_number, days_before)
);

create table certification_audit (
    id                 bigint generated always as identity primary key,
    organisation_id    uuid not null references organisation (id),
    at                 timestamptz not null,
    actor              text not null,
    action             text not null,
    application_id     uuid references certification_application (id),
    certificate_number text references certificate (number),
    reason             text
);
create index certification_audit_by_organisation on certification_audit (organisation_id, id);

-- The trail is append-only for everyone, the application's own database user included.
create function certification_audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'certification_audit is append-only';
end
$$;
create trigger certification_audit_append_only before update or delete or truncate on certification_audit
    for each statement execute function certification_audit_is_append_only();
