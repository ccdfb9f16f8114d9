-- Repairs asked for through ReLoop (Directive (EU) 2024/1799): a consumer's request to up to three certified
-- repairers; each repairer's answer, a European Repair Information Form or a decline; the one the consumer
-- accepts becomes the repair, carried from booking to collection, with its outcome in the terms of the Open
-- Repair Data Standard (ORDS). Messages between the two sides hang off the request.
create table repair_request (
    id              uuid primary key default gen_random_uuid(),
    consumer_email  text not null,
    -- The consumer's language when asking: the language of the form's PDF and of the e-mails they get.
    consumer_locale text not null,
    category        text not null references device_category (code),
    brand           text not null,
    model           text not null,
    purchase_year   integer not null,
    fault           text not null,
    hand_over       text not null check (hand_over in ('BRING', 'PICKUP', 'AT_HOME')),
    -- Where the consumer is, for distances; a pickup or a home repair goes to the address.
    latitude        double precision not null,
    longitude       double precision not null,
    address         text,
    asked_at        timestamptz not null,
    status          text not null check (status in ('ASKED', 'BOOKED', 'RECEIVED', 'REPAIRED', 'READY', 'COLLECTED')),
    accepted_offer  uuid,
    hand_over_at    timestamptz,
    outcome         text check (outcome in ('FIXED', 'REPAIRABLE', 'END_OF_LIFE')),
    barrier         text check (barrier in ('SPARE_PARTS_NOT_AVAILABLE', 'SPARE_PARTS_TOO_EXPENSIVE',
                                            'NO_WAY_TO_OPEN', 'LACK_OF_INFORMATION', 'REPAIR_TOO_EXPENSIVE')),
    parts           text check (parts in ('NONE', 'ORIGINAL', 'COMPATIBLE')),
    warranty_months integer check (warranty_months >= 3),
    repaired_on     date,
    status_at       timestamptz not null
);
create index repair_request_by_consumer on repair_request (consumer_email, asked_at desc);

create table repair_request_photo (
    id           uuid primary key default gen_random_uuid(),
    request_id   uuid not null references repair_request (id) on delete cascade,
    content_type text not null check (content_type in ('image/jpeg', 'image/png')),
    content      bytea not null,
    uploaded_at  timestamptz not null
);
create index repair_request_photo_by_request on repair_request_photo (request_id, uploaded_at);

-- One per repairer asked. Until answered only the request's side is set; an answer is either the form (every
-- Annex I field, with the repairer's identity as it stood when the form was issued) or a decline's reason.
create table repair_offer (
    id                  uuid primary key default gen_random_uuid(),
    request_id          uuid not null references repair_request (id) on delete cascade,
    organisation_id     uuid not null references organisation (id),
    status              text not null check (status in ('WAITING', 'OFFERED', 'DECLINED', 'ACCEPTED', 'NOT_CHOSEN')),
    decline_reason      text,
    repairer_name       text,
    repairer_address    text,
    repairer_phone      text,
    repairer_email      text,
    site_id             uuid,
    defect              text,
    repair_type         text,
    currency            text check (currency in ('NOK', 'SEK', 'DKK', 'EUR')),
    price               numeric(10, 2),
    price_is_maximum    boolean,
    price_basis         text,
    diagnosis_fee       numeric(10, 2),
    repair_days         integer check (repair_days between 1 and 365),
    loan_device         boolean,
    loan_terms          text,
    hand_over_place     text,
    extra_services      text,
    extra_services_cost numeric(10, 2),
    issued_on           date,
    valid_until         date,
    time_zone           text,
    answered_at         timestamptz,
    unique (request_id, organisation_id)
);
create index repair_offer_by_organisation on repair_offer (organisation_id, status);

alter table repair_request add foreign key (accepted_offer) references repair_offer (id);

create table repair_message (
    id            uuid primary key default gen_random_uuid(),
    request_id    uuid not null references repair_request (id) on delete cascade,
    from_repairer boolean not null,
    author_email  text not null,
    text          text not null,
    sent_at       timestamptz not null
);
create index repair_message_by_request on repair_message (request_id, sent_at);

-- A complaint about a repair, which the repairer answers in writing within 8 days (as QualiRépar repairers do);
-- one open at a time per repair. Open ones past their answer date show to certifiers.
create table repair_complaint (
    id          uuid primary key default gen_random_uuid(),
    request_id  uuid not null references repair_request (id) on delete cascade,
    text        text not null,
    filed_at    timestamptz not null,
    answer_due  timestamptz not null,
    answer      text,
    answered_at timestamptz
);
create unique index repair_complaint_open on repair_complaint (request_id) where answered_at is null;
create index repair_complaint_due on repair_complaint (answer_due) where answered_at is null;
