package eu.reloop.stamp;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the registry signs for a stamp, as canonical JSON in a fixed field order: the code, the item (its
 * serial masked, as it is shown in public, and bound by a salted hash of the whole serial), the hash of the photo
 * anyone checking the stamp is shown, the grade, the issuing centre, the date and the warranty. A QR code carries this text and its signature, so an app
 * holding the published keys can check a stamp with no connection at all, and whoever holds the device can
 * check that its serial is the one stamped, without the statement revealing it.
 */
record StampStatement(String code, String category, String brand, String model, String serial, String serialSalt,
        String serialHash, String photoHash, String grade, String centre, Instant issuedAt, int warrantyMonths) {

    private static final int SALT_BYTES = 16;
    private static final SecureRandom SALTS = new SecureRandom();

    static StampStatement of(StampCode code, InspectionReport report, String photoHash, String centre, Instant issuedAt,
            int warrantyMonths) {
        ItemIdentity item = report.item();
        byte[] salt = new byte[SALT_BYTES];
        SALTS.nextBytes(salt);
        return new StampStatement(code.value(), item.category(), item.brand(), item.model(), item.maskedSerial(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(salt), serialHash(salt, item.serialNumber()),
                photoHash, report.grade() == null ? "" : report.grade().name(), centre, issuedAt, warrantyMonths);
    }

    /** SHA-256 (hex) of the salt's bytes followed by the normalised serial's. */
    static String serialHash(byte[] salt, String serial) {
        return HexFormat.of().formatHex(MerkleTree.sha256(salt,
                ItemIdentity.normalisedSerial(serial).getBytes(StandardCharsets.UTF_8)));
    }

    String canonical() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("v", 3);
        fields.put("code", code);
        fields.put("category", category);
        fields.put("brand", brand);
        fields.put("model", model);
        fields.put("serial", serial);
        fields.put("serialSalt", serialSalt);
        fields.put("serialHash", serialHash);
        fields.put("photoHash", photoHash);
        fields.put("grade", grade);
        fields.put("centre", centre);
        fields.put("issuedAt", issuedAt.toString());
        fields.put("warrantyMonths", warrantyMonths);
        return CanonicalJson.object(fields);
    }
}
