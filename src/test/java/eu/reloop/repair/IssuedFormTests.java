package eu.reloop.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.reloop.shared.Money;

/** A form binds to the end of its last day where the repairer works, whatever the server's clock zone. */
class IssuedFormTests {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void aFormBindsUntilMidnightOfItsLastDayInTheRepairersTimeZone() {
        LocalDate issued = LocalDate.of(2026, 12, 1);
        IssuedForm form = new IssuedForm("Vaskefiks", "Storgata 1, 0155 Oslo", null, null, UUID.randomUUID(),
                "Drain pump blocked", "Replace the pump", Money.of("1450", "NOK"), false, null, Money.of("0", "NOK"), 5,
                false, null, "Storgata 1, 0155 Oslo", null, null, issued, issued.plusDays(IssuedForm.BINDING_DAYS), OSLO);
        LocalDate last = form.validUntil();

        assertThat(form.bindsAt(last.atTime(LocalTime.of(23, 30)).atZone(OSLO).toInstant())).isTrue();
        // Half past midnight in Oslo is still the last day in UTC: the form no longer binds all the same.
        assertThat(form.bindsAt(last.plusDays(1).atTime(LocalTime.of(0, 30)).atZone(OSLO).toInstant())).isFalse();
        assertThat(form.bindsAt(issued.atStartOfDay(OSLO).toInstant())).isTrue();
    }
}
