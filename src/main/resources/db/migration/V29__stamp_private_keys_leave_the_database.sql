-- Stamp registry: the private signing keys leave the database; each is a key file now, which only the signer
-- reads (StampSigner). A private key that was kept here may have been read by anyone with access to the database
-- or its backups, so the key that signed until now is retired rather than moved out. Its public key stays
-- published, so everything it signed still verifies; the next signature makes a new key, in a file.
update stamp_signing_key set retired_at = now() where retired_at is null;
alter table stamp_signing_key drop column private_key;
