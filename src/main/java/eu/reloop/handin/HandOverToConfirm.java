package eu.reloop.handin;

import java.time.Instant;
import java.util.UUID;

/**
 * A device another site handed over, as the receiving centre needs it to confirm its arrival: what it is, its
 * serial's last four symbols to compare with the device, and where and when it was handed over. Nothing of its owner
 * or of their hand-in.
 */
public record HandOverToConfirm(UUID deviceId, String category, String brand, String model, String maskedSerial,
        String fromSite, Instant handedOverAt) {
}
