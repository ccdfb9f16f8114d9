package eu.reloop.stamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.UnknownRecordException;

/**
 * The register of items reported lost or stolen, by brand and serial (or IMEI). A stamped item's buyer on record
 * reports their own; an admin reports any item on a police report number, and clears a report when the item is
 * found. A reported item cannot be stamped or listed, and its stamp's check says it was reported.
 */
@Service
@Validated
public class LostItems {

    private final JdbcClient jdbc;
    private final StampRepository stamps;
    private final ItemOwners owners;
    private final Clock clock;

    LostItems(JdbcClient jdbc, StampRepository stamps, ItemOwners owners, Clock clock) {
        this.jdbc = jdbc;
        this.stamps = stamps;
        this.owners = owners;
        this.clock = clock;
    }

    /** An open report: the item as the public may see it (serial masked), and who reported it when. */
    public record LostReport(UUID id, String brand, String maskedSerial, @Nullable String policeReport, String reportedBy,
            Instant reportedAt) {
    }

    /** The buyer on record reports the stamped item they bought; a police report number is welcome, not needed. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void reportOwnItem(StampCode code,
            @Size(max = TextLimits.LABEL) @PrintableText @Nullable String policeReport) {
        Stamp stamp = stamps.findStamp(code).orElseThrow(() -> new UnknownRecordException("No stamp " + code.display()));
        if (!owners.signedInUserOwns(code)) {
            throw new AccessDeniedException("Only the item's buyer on record reports it lost or stolen");
        }
        ItemIdentity item = stamp.report().item();
        report(item.brand(), item.serialNumber(), item.maskedSerial(), policeReport);
    }

    /** An admin reports any item by its brand and serial or IMEI, on the number of the police report that names it. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void reportOnPoliceReport(@NotBlank @Size(max = TextLimits.LABEL) @PrintableText String brand,
            @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String serialNumber,
            @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String policeReport) {
        report(brand.strip(), serialNumber.strip(), ItemIdentity.maskedSerial(serialNumber.strip()), policeReport);
    }

    /** The item was found or the report was a mistake: it can be stamped and listed again. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void clear(UUID reportId) {
        int cleared = jdbc.sql("""
                        update lost_item set cleared_by = :by, cleared_at = :now where id = :id and cleared_at is null""")
                .param("by", signedIn()).param("now", Timestamp.from(clock.instant())).param("id", reportId).update();
        if (cleared == 0) {
            throw new UnknownRecordException("No open report " + reportId);
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<LostReport> openReports() {
        return jdbc.sql("select * from lost_item where cleared_at is null order by reported_at desc")
                .query((rs, row) -> report(rs)).list();
    }

    /** The open report on the stamped item, if there is one. */
    @Transactional(readOnly = true)
    public Optional<LostReport> reportOn(StampCode code) {
        return stamps.findStamp(code).flatMap(stamp -> reportOn(stamp.report().item()));
    }

    /** The open report on this item, if there is one. */
    @Transactional(readOnly = true)
    public Optional<LostReport> reportOn(ItemIdentity item) {
        return reportOn(item.brand(), item.serialNumber());
    }

    private Optional<LostReport> reportOn(String brand, String serialNumber) {
        return jdbc.sql("select * from lost_item where serial_key = item_serial_key(:brand, :serial) and cleared_at is null")
                .param("brand", brand).param("serial", serialNumber).query((rs, row) -> report(rs)).optional();
    }

    private void report(String brand, String serialNumber, String maskedSerial, @Nullable String policeReport) {
        if (reportOn(brand, serialNumber).isPresent()) {
            throw RefusedException.because("lost-items.error.already-reported");
        }
        jdbc.sql("""
                        insert into lost_item (serial_key, brand, masked_serial, police_report, reported_by, reported_at)
                        values (item_serial_key(:brand, :serial), :brand, :masked, :police, :by, :now)""")
                .param("brand", brand).param("serial", serialNumber).param("masked", maskedSerial)
                .param("police", policeReport == null || policeReport.isBlank() ? null : policeReport.strip())
                .param("by", signedIn()).param("now", Timestamp.from(clock.instant())).update();
    }

    private static String signedIn() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private static LostReport report(ResultSet rs) throws SQLException {
        return new LostReport(rs.getObject("id", UUID.class), rs.getString("brand"), rs.getString("masked_serial"),
                rs.getString("police_report"), rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant());
    }
}
