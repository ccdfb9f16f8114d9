package eu.reloop.handin;

import java.time.Instant;
import java.time.LocalDate;

import eu.reloop.stamp.DataErasure;

/**
 * An erasure certificate as anyone checking its code sees it: the device (its serial masked), how it was erased,
 * by which site, and whether the registry's signature holds. Nothing in it names the owner.
 */
public record ErasureCertificate(String code, String category, String brand, String model, String maskedSerial,
        DataErasure.Method method, String technique, String tool, DataErasure.Verification verification,
        LocalDate performedOn, String organisation, String site, Instant issuedAt,
        String statement, String keyId, String signature, boolean signatureValid) {
}
