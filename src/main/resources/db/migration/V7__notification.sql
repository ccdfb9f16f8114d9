-- Notifications: what staff of an organisation see in the application, and every e-mail the
-- application wrote (sent through SMTP when configured, otherwise kept here for admins to read).
create table notification (
    id              uuid primary key default gen_random_uuid(),
    organisation_id uuid not null references organisation (id),
    message_key     text not null,
    arguments       text[] not null default '{}',
    link            text,
    created_at      timestamptz not null
);
create index notification_by_organisation on notification (organisation_id, created_at desc);

create table outbound_mail (
    id         uuid primary key default gen_random_uuid(),
    recipient  text not null,
    subject    text not null,
    body       text not null,
    status     text not null check (status in ('RECORDED', 'SENT', 'FAILED')),
    error      text,
    created_at timestamptz not null,
    sent_at    timestamptz
);
create index outbound_mail_by_time on outbound_mail (created_at desc);
