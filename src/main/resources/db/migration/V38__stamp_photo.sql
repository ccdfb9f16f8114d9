-- The photo a stamp shows to whoever checks it, and whose SHA-256 its signed statement (version 3) carries.
-- Stamps issued before a photo was required have none.
alter table stamp add column photo_id uuid references stamp_photo (id);
