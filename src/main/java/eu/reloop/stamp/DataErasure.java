package eu.reloop.stamp;

import java.time.LocalDate;

/** The erasure of a data-bearing item, with the fields of a NIST SP 800-88 certificate of sanitisation. */
public record DataErasure(String mediaType, String mediaMake, String mediaModel, String mediaSerial, Method method,
        String technique, String tool, String toolVersion, Verification verification, String performer,
        LocalDate performedOn) {

    public enum Method {
        CLEAR, PURGE, DESTROY
    }

    public enum Verification {
        FULL, SAMPLING
    }
}
