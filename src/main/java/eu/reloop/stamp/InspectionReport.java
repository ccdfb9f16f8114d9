package eu.reloop.stamp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What a reuse centre documents about one item: its identity, grade, the functional tests of its
 * category's template, the electrical safety test (mains-powered items), battery health (battery
 * items), data erasure (data-bearing items), the parts replaced and who did the work.
 */
public record InspectionReport(
        ItemIdentity item,
        @Nullable Grade grade,
        List<TestResult> tests,
        @Nullable ElectricalSafetyTest electricalSafety,
        @Nullable Integer batteryHealthPercent,
        boolean batteryReplaced,
        @Nullable DataErasure erasure,
        List<PartReplaced> partsReplaced,
        String technician) {

    /** Below this, a battery that was not replaced blocks the stamp. */
    public static final int MIN_BATTERY_HEALTH_PERCENT = 80;

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
     * Message keys of everything that keeps this item from a stamp: missing parts of the report, a failed
     * test, electrical values outside the limits, a weak battery that was not replaced. Empty means the
     * report may be approved (if the centre is certified for the category and the certifier is independent).
     */
    public List<String> blockers() {
        List<String> blockers = new ArrayList<>();
        CategoryProfile profile = profile();
        if (item.brand().isEmpty() || item.model().isEmpty() || item.serialNumber().isEmpty()) {
            blockers.add("stamp.block.identity");
        }
        if (grade == null) {
            blockers.add("stamp.block.grade");
        }
        Set<String> done = tests.stream().map(TestResult::test).collect(Collectors.toSet());
        if (!done.containsAll(profile.tests())) {
            blockers.add("stamp.block.tests-incomplete");
        }
        if (tests.stream().anyMatch(test -> !test.passed())) {
            blockers.add("stamp.block.test-failed");
        }
        if (profile.mainsPowered()) {
            if (electricalSafety == null) {
                blockers.add("stamp.block.safety-missing");
            } else {
                blockers.addAll(electricalSafety.outsideLimits());
            }
        }
        if (profile.batteryPowered() && !batteryReplaced) {
            if (batteryHealthPercent == null) {
                blockers.add("stamp.block.battery-missing");
            } else if (batteryHealthPercent < MIN_BATTERY_HEALTH_PERCENT) {
                blockers.add("stamp.block.battery-low");
            }
        }
        if (profile.dataBearing() && erasure == null) {
            blockers.add("stamp.block.erasure-missing");
        }
        if (technician.isEmpty()) {
            blockers.add("stamp.block.technician");
        }
        return blockers;
    }
}
