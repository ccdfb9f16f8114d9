package eu.reloop.stamp;

import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import eu.reloop.shared.JavaMigrationStep;

/**
 * Migration 36: the private signing keys leave the database. A private key that was kept there may have been read
 * by anyone with access to the database or its backups, so the key that signed until then is retired rather than
 * moved out; the next signature makes a new key, in the signer. Every key made until then stays published and
 * believed, as the signer is told to vouch for it (so that what it signed still verifies), and the column goes.
 * Java, not SQL, because the signer lives outside the database.
 */
@Component
class PrivateKeysLeaveTheDatabase extends JavaMigrationStep {

    private final StampSigner signer;

    PrivateKeysLeaveTheDatabase(StampSigner signer) {
        super("36", "stamp private keys leave the database");
        this.signer = signer;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            try (ResultSet keys = statement.executeQuery("select key_id, public_key from stamp_signing_key")) {
                while (keys.next()) {
                    signer.pin(keys.getString("key_id"), StampSigningKeys.decodePublic(keys.getBytes("public_key")));
                }
            }
            statement.execute("update stamp_signing_key set retired_at = now() where retired_at is null");
            statement.execute("alter table stamp_signing_key drop column private_key");
        }
    }
}
