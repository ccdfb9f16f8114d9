package eu.reloop.stamp;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the registry signs for a stamp, as canonical JSON in a fixed field order: the code, the item (its
 * serial masked, as it is shown in public), the grade, the issuing centre, the date and the warranty.
 * A QR code carries this text and its signature, so an app holding the published keys can check a
 * stamp with no connection at all.
 */
record StampStatement(String code, String category, String brand, String model, String serial, String grade,
        String centre, Instant issuedAt, int warrantyMonths) {

    static StampStatement of(StampCode code, InspectionReport report, String centre, Instant issuedAt, int warrantyMonths) {
        ItemIdentity item = report.item();
        return new StampStatement(code.value(), item.category(), item.brand(), item.model(), item.maskedSerial(),
                report.grade() == null ? "" : report.grade().name(), centre, issuedAt, warrantyMonths);
    }

    String canonical() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("v", 1);
        fields.put("code", code);
        fields.put("category", category);
        fields.put("brand", brand);
        fields.put("model", model);
        fields.put("serial", serial);
        fields.put("grade", grade);
        fields.put("centre", centre);
        fields.put("issuedAt", issuedAt.toString());
        fields.put("warrantyMonths", warrantyMonths);
        return CanonicalJson.object(fields);
    }
}
