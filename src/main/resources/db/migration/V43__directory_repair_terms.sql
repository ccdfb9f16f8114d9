-- What a repairer says about its repairs in general, which the organisation search filters by (Article 7 of
-- Directive (EU) 2024/1799): typical repair time, a loan device, hand-over options and extra services.
create table organisation_repair_terms (
    organisation_id     uuid primary key references organisation (id) on delete cascade,
    typical_repair_days integer check (typical_repair_days between 1 and 365),
    loan_device         boolean not null,
    hand_over           text[] not null,
    extra_services      text[] not null
);
