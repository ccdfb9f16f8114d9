package eu.reloop.stamp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import eu.reloop.shared.PrintableText;
import eu.reloop.shared.RefusedException;
import eu.reloop.shared.TextLimits;

/**
 * What a reuse centre documents about one item: its identity, grade, the functional tests of its
 * category's template, the electrical safety test (mains-powered items), battery health (battery
 * items), data erasure (data-bearing items), the parts replaced and who did the work.
 */
public record InspectionReport(
        @NotNull @Valid ItemIdentity item,
        @Nullable Grade grade,
        @Size(max = MAX_ROWS) List<@NotNull @Valid TestResult> tests,
        @Valid @Nullable ElectricalSafetyTest electricalSafety,
        @Min(0) @Max(100) @Nullable Integer batteryHealthPercent,
        boolean batteryReplaced,
        @Valid @Nullable DataErasure erasure,
        @Size(max = MAX_ROWS) List<@NotNull @Valid PartReplaced> partsReplaced,
        @Size(max = TextLimits.NAME) @PrintableText String technician) {

    /** Below this, a battery that was not replaced blocks the stamp. */
    public static final int MIN_BATTERY_HEALTH_PERCENT = 80;
    /** More tests or parts than any template or repair has: a report is not a place to store lists. */
    static final int MAX_ROWS = 100;

    public InspectionReport {
        tests = List.copyOf(tests);
        partsReplaced = List.copyOf(partsReplaced);
        technician = technician.strip();
    }

    /** A report with nothing filled in but the item, as a new application starts. */
    public static InspectionReport of(ItemIdentity item) {
        return new InspectionReport(item, null, List.of(), null, null, false, null, List.of(), "");
    }

    /** The same report about another item identity. */
    public InspectionReport withItem(ItemIdentity identity) {
        return new InspectionReport(identity, grade, tests, electricalSafety, batteryHealthPercent, batteryReplaced,
                erasure, partsReplaced, technician);
    }

    public CategoryProfile profile() {
        return CategoryProfile.of(item.category());
    }

    /**
     * Everything that keeps this item from a stamp, each on the field to blame where there is one: missing
     * parts of the report, a failed test, electrical values outside the limits, a weak battery that was not
     * replaced. Empty means the report may be approved (if the centre is certified for the category and the
     * certifier is independent).
     */
    public List<RefusedException.Reason> blockers() {
        List<RefusedException.Reason> blockers = new ArrayList<>();
        CategoryProfile profile = profile();
        // New items are refused without these; applications started before that rule may still lack one.
        if (item.brand().isEmpty() || item.model().isEmpty() || item.serialNumber().isEmpty()) {
            blockers.add(blocker(null, "stamp.block.identity"));
        }
        if (grade == null) {
            blockers.add(blocker("grade", "stamp.block.grade"));
        }
        Set<String> done = tests.stream().map(TestResult::test).collect(Collectors.toSet());
        if (!done.containsAll(profile.tests())) {
            blockers.add(blocker(null, "stamp.block.tests-incomplete"));
        }
        if (tests.stream().anyMatch(test -> !test.passed())) {
            blockers.add(blocker(null, "stamp.block.test-failed"));
        }
        if (profile.mainsPowered()) {
            if (electricalSafety == null) {
                blockers.add(blocker(null, "stamp.block.safety-missing"));
            } else {
                blockers.addAll(electricalSafety.outsideLimits());
            }
        }
        if (profile.batteryPowered() && !batteryReplaced) {
            if (batteryHealthPercent == null) {
                blockers.add(blocker("batteryHealthPercent", "stamp.block.battery-missing"));
            } else if (batteryHealthPercent < MIN_BATTERY_HEALTH_PERCENT) {
                blockers.add(blocker("batteryHealthPercent", "stamp.block.battery-low"));
            }
        }
        if (profile.dataBearing() && erasure == null) {
            blockers.add(blocker(null, "stamp.block.erasure-missing"));
        }
        if (technician.isEmpty()) {
            blockers.add(blocker("technician", "stamp.block.technician"));
        }
        return blockers;
    }

    /** A reason this report cannot be stamped: its message key, and the field to blame if one is. */
    static RefusedException.Reason blocker(@Nullable String field, String messageKey) {
        return new RefusedException.Reason(field, messageKey, List.of());
    }
}
