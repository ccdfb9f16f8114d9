-- Identity: when an account proved it reads mail at its address. A new account confirms by a link before it may
-- reserve, apply or answer. Accounts that existed before count as confirmed: most were created by the demo
-- data or an admin, and asking every earlier self-signed-up consumer to confirm would lock them out of orders.
alter table app_user add column email_confirmed_at timestamptz;
update app_user set email_confirmed_at = created_at;
