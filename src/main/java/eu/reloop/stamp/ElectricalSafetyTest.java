package eu.reloop.stamp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;

/**
 * The electrical safety test after repair (EN 50678 / EN 50699) and its limits. Values outside the limits
 * block approval: the item is not safe to sell. Values no instrument reads (below zero, or beyond the
 * ranges of the test instruments in use) are typing slips, refused at the field.
 *
 * @param protectiveConductorOhm class I only: at most 0.3 ohm
 * @param insulationMegaohm at least 1 megohm (class I) or 2 megohm (class II)
 * @param leakageMilliampere at most 3.5 mA protective conductor current (class I) or 0.5 mA touch current (class II)
 */
public record ElectricalSafetyTest(
        @NotNull ProtectionClass protectionClass,
        @DecimalMin("0") @DecimalMax(MAX_OHM) @Digits(integer = 3, fraction = 3)
        @Nullable BigDecimal protectiveConductorOhm,
        @NotNull @DecimalMin("0") @DecimalMax(MAX_MEGAOHM) @Digits(integer = 5, fraction = 3)
        BigDecimal insulationMegaohm,
        @NotNull @DecimalMin("0") @DecimalMax(MAX_MILLIAMPERE) @Digits(integer = 3, fraction = 3)
        BigDecimal leakageMilliampere,
        boolean passed,
        @NotBlank @Size(max = TextLimits.LABEL) @PrintableText String instrument,
        @NotNull LocalDate testedOn,
        @NotBlank @Size(max = TextLimits.NAME) @PrintableText String tester) {

    /** The largest readings taken: a low-ohm range, a 10 GΩ insulation range, a leakage range past any RCD's trip. */
    static final String MAX_OHM = "100";
    static final String MAX_MEGAOHM = "10000";
    static final String MAX_MILLIAMPERE = "100";

    static final BigDecimal MAX_PROTECTIVE_CONDUCTOR_OHM = new BigDecimal("0.3");
    static final BigDecimal MIN_INSULATION_CLASS_I = new BigDecimal("1.0");
    static final BigDecimal MIN_INSULATION_CLASS_II = new BigDecimal("2.0");
    static final BigDecimal MAX_LEAKAGE_CLASS_I = new BigDecimal("3.5");
    static final BigDecimal MAX_LEAKAGE_CLASS_II = new BigDecimal("0.5");

    /** The limits this test breaks, each on the reading (or verdict) to blame; empty when it is within all of them. */
    public List<RefusedException.Reason> outsideLimits() {
        List<RefusedException.Reason> problems = new ArrayList<>();
        if (protectionClass == ProtectionClass.CLASS_I && protectiveConductorOhm == null) {
            problems.add(InspectionReport.blocker("protectiveConductorOhm", "stamp.block.protective-conductor"));
        }
        problems.addAll(readingsOutsideLimits(protectionClass, protectiveConductorOhm, insulationMegaohm, leakageMilliampere));
        if (!passed) {
            problems.add(InspectionReport.blocker("passed", "stamp.block.safety-failed"));
        }
        return problems;
    }

    /**
     * The limits the readings taken so far break, each on its reading, for a form to show as a reading is entered;
     * a reading not taken yet breaks none, and none is judged before the protection class, which sets the limits,
     * is known. {@link #outsideLimits()} adds what a finished test must have besides.
     */
    public static List<RefusedException.Reason> readingsOutsideLimits(@Nullable ProtectionClass protectionClass,
            @Nullable BigDecimal protectiveConductorOhm, @Nullable BigDecimal insulationMegaohm,
            @Nullable BigDecimal leakageMilliampere) {
        List<RefusedException.Reason> problems = new ArrayList<>();
        if (protectionClass == null) {
            return problems;
        }
        boolean classI = protectionClass == ProtectionClass.CLASS_I;
        if (classI && protectiveConductorOhm != null && protectiveConductorOhm.compareTo(MAX_PROTECTIVE_CONDUCTOR_OHM) > 0) {
            problems.add(InspectionReport.blocker("protectiveConductorOhm", "stamp.block.protective-conductor"));
        }
        if (insulationMegaohm != null
                && insulationMegaohm.compareTo(classI ? MIN_INSULATION_CLASS_I : MIN_INSULATION_CLASS_II) < 0) {
            problems.add(InspectionReport.blocker("insulationMegaohm", "stamp.block.insulation"));
        }
        if (leakageMilliampere != null
                && leakageMilliampere.compareTo(classI ? MAX_LEAKAGE_CLASS_I : MAX_LEAKAGE_CLASS_II) > 0) {
            problems.add(InspectionReport.blocker("leakageMilliampere", "stamp.block.leakage"));
        }
        return problems;
    }
}
