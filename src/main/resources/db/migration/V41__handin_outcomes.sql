-- What became of each handed-in device: refurbished (a stamp application of the receiving site), handed over to a
-- certified reuse centre that confirms it, or recycled (weight, downstream recycler, and the material fractions
-- the impact figures read). The notified_* columns keep the overdue check from telling a site twice.
alter table handin_device
    add column outcome                  text check (outcome in ('REFURBISHED', 'HANDED_OVER', 'RECYCLED')),
    add column outcome_at               timestamptz,
    add column stamp_application_id     uuid references stamp_application (id),
    add column receiver_organisation_id uuid references organisation (id),
    add column handover_confirmed_at    timestamptz,
    add column recycler                 text,
    add column weight_grams             integer check (weight_grams > 0),
    add column metals_grams             integer check (metals_grams >= 0),
    add column plastics_grams           integer check (plastics_grams >= 0),
    add column glass_grams              integer check (glass_grams >= 0),
    add column other_grams              integer check (other_grams >= 0),
    add column overdue_notified_at      timestamptz,
    add column handover_notified_at     timestamptz,
    -- When the item stamped from a refurbished device was sold, which its owner is told of.
    add column second_life_at           timestamptz,
    add check ((outcome is null) = (outcome_at is null)),
    add check (outcome <> 'REFURBISHED' or stamp_application_id is not null),
    add check (outcome <> 'HANDED_OVER' or receiver_organisation_id is not null),
    add check (outcome <> 'RECYCLED' or (weight_grams is not null and recycler is not null));
create index handin_device_open_hand_overs on handin_device (receiver_organisation_id) where outcome = 'HANDED_OVER';
