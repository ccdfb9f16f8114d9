package eu.reloop.repair;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.Money;

/**
 * A European Repair Information Form as issued: the repairer's identity, address and contacts as they stood
 * that day, the repairer's answers, and the day it was issued and the last day it binds, both in the time zone
 * of the repairer's site.
 */
public record IssuedForm(String repairerName, String repairerAddress, @Nullable String repairerPhone,
        @Nullable String repairerEmail, UUID siteId, String defect, String repairType, Money price,
        boolean priceIsMaximum, @Nullable String priceBasis, Money diagnosisFee, int repairDays, boolean loanDevice,
        @Nullable String loanTerms, String handOverPlace, @Nullable String extraServices,
        @Nullable Money extraServicesCost, LocalDate issuedOn, LocalDate validUntil, ZoneId timeZone) {

    /** Article 4(3): the repairer is bound by the form for 30 days from the day it is issued. */
    public static final int BINDING_DAYS = 30;

    /** Whether the form still binds at that moment: up to the end of its last day in the repairer's time zone. */
    public boolean bindsAt(Instant moment) {
        return !LocalDate.ofInstant(moment, timeZone).isAfter(validUntil);
    }
}
