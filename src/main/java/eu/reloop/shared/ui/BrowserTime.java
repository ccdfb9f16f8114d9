package eu.reloop.shared.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

import eu.reloop.shared.LocalizedFormats;

/** Moments shown in the reader's own time zone, as the browser reports it (UTC until it has). */
public final class BrowserTime {

    private BrowserTime() {
    }

    public static String dateTime(Instant instant) {
        UI ui = UI.getCurrent();
        return LocalizedFormats.dateTime(ZonedDateTime.ofInstant(instant, zone(ui)), ui.getLocale());
    }

    public static String date(Instant instant) {
        UI ui = UI.getCurrent();
        return LocalizedFormats.date(LocalDate.ofInstant(instant, zone(ui)), ui.getLocale());
    }

    /** Today where the reader is: the latest day a date picker for something already done should offer. */
    public static LocalDate today() {
        return LocalDate.now(zone(UI.getCurrent()));
    }

    private static ZoneId zone(UI ui) {
        try {
            return Optional.ofNullable(ui.getPage().getExtendedClientDetails())
                    .map(ExtendedClientDetails::getTimeZoneId).filter(id -> !id.isBlank())
                    .map(ZoneId::of).orElse(ZoneOffset.UTC);
        } catch (DateTimeException unknownZone) {
            return ZoneOffset.UTC;
        }
    }
}
