package eu.reloop.certification;

import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the approval scheme ({@code reloop.certification.*}).
 *
 * @param validity how long a certificate issued on approval is valid
 * @param reminderDaysBefore how many days before expiry the organisation is reminded, once each
 * @param maxEvidenceSize the largest evidence document accepted
 */
@ConfigurationProperties("reloop.certification")
public record CertificationProperties(
        @DefaultValue("P3Y") Period validity,
        @DefaultValue({"60", "14"}) List<Integer> reminderDaysBefore,
        @DefaultValue("10MB") DataSize maxEvidenceSize) {
}
