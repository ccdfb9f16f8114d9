package eu.reloop.stamp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The electrical safety test after repair (EN 50678 / EN 50699) and its limits. Values outside them
 * block approval: the item is not safe to sell.
 *
 * @param protectiveConductorOhm class I only: at most 0.3 ohm
 * @param insulationMegaohm at least 1 megohm (class I) or 2 megohm (class II)
 * @param leakageMilliampere at most 3.5 mA protective conductor current (class I) or 0.5 mA touch current (class II)
 */
public record ElectricalSafetyTest(ProtectionClass protectionClass, @Nullable BigDecimal protectiveConductorOhm,
        BigDecimal insulationMegaohm, BigDecimal leakageMilliampere, boolean passed, String instrument,
        LocalDate testedOn, String tester) {

    static final BigDecimal MAX_PROTECTIVE_CONDUCTOR_OHM = new BigDecimal("0.3");
    static final BigDecimal MIN_INSULATION_CLASS_I = new BigDecimal("1.0");
    static final BigDecimal MIN_INSULATION_CLASS_II = new BigDecimal("2.0");
    static final BigDecimal MAX_LEAKAGE_CLASS_I = new BigDecimal("3.5");
    static final BigDecimal MAX_LEAKAGE_CLASS_II = new BigDecimal("0.5");

    /** Message keys of the limits this test breaks; empty when it is within all of them. */
    public List<String> outsideLimits() {
        List<String> problems = new ArrayList<>();
        if (insulationMegaohm.signum() < 0 || leakageMilliampere.signum() < 0
                || (protectiveConductorOhm != null && protectiveConductorOhm.signum() < 0)) {
            // An instrument never reads below zero: a typing slip, not a safe item.
            problems.add("stamp.block.negative-reading");
            return problems;
        }
        boolean classI = protectionClass == ProtectionClass.CLASS_I;
        if (classI && (protectiveConductorOhm == null || protectiveConductorOhm.compareTo(MAX_PROTECTIVE_CONDUCTOR_OHM) > 0)) {
            problems.add("stamp.block.protective-conductor");
        }
        if (insulationMegaohm.compareTo(classI ? MIN_INSULATION_CLASS_I : MIN_INSULATION_CLASS_II) < 0) {
            problems.add("stamp.block.insulation");
        }
        if (leakageMilliampere.compareTo(classI ? MAX_LEAKAGE_CLASS_I : MAX_LEAKAGE_CLASS_II) > 0) {
            problems.add("stamp.block.leakage");
        }
        if (!passed) {
            problems.add("stamp.block.safety-failed");
        }
        return problems;
    }
}
