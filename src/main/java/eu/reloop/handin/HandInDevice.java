package eu.reloop.handin;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.reloop.stamp.DataErasure;
import eu.reloop.stamp.ItemIdentity;

/** One device of a hand-in, with its erasure (or destruction) and certificate once they are recorded. */
public record HandInDevice(UUID id, int position, String category, String brand, String model, @Nullable String serial,
        boolean holdsData, @Nullable DataErasure erasure, @Nullable CertificateCode certificateCode,
        @Nullable Instant erasedAt, @Nullable Outcome outcome) {

    /** The serial as pages show it: its last four symbols only. */
    public String maskedSerial() {
        return serial == null ? "" : ItemIdentity.maskedSerial(serial);
    }

    /** Whether it still waits for its erasure: it holds data and none is recorded. */
    public boolean awaitsErasure() {
        return holdsData && erasure == null;
    }
}
