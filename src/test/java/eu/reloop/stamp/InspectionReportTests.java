package eu.reloop.stamp;

import static eu.reloop.stamp.StampFixtures.classI;
import static eu.reloop.stamp.StampFixtures.completePhone;
import static eu.reloop.stamp.StampFixtures.completeWashingMachine;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.reloop.shared.RefusedException;

class InspectionReportTests {

    @Test
    void aCompleteReportHasNothingBlockingIt() {
        assertThat(completePhone("IMEI-1").blockers()).isEmpty();
        assertThat(completeWashingMachine("WM-1", classI("0.30", "1.0", "3.5")).blockers()).isEmpty();
    }

    @Test
    void aBatteryBelow80PercentBlocksUnlessItWasReplaced() {
        InspectionReport weak = withBattery(completePhone("IMEI-2"), 79, false);
        assertThat(keys(weak)).containsExactly("stamp.block.battery-low");
        assertThat(weak.blockers()).extracting(RefusedException.Reason::field).containsExactly("batteryHealthPercent");
        assertThat(withBattery(weak, 79, true).blockers()).isEmpty();
        assertThat(withBattery(weak, 80, false).blockers()).isEmpty();
        assertThat(keys(withBattery(weak, null, false))).containsExactly("stamp.block.battery-missing");
    }

    @Test
    void electricalValuesJustOutsideTheLimitsBlock() {
        assertThat(keys(completeWashingMachine("WM-2", classI("0.31", "1.0", "3.5"))))
                .containsExactly("stamp.block.protective-conductor");
        assertThat(keys(completeWashingMachine("WM-3", classI("0.30", "0.99", "3.5"))))
                .containsExactly("stamp.block.insulation");
        assertThat(keys(completeWashingMachine("WM-4", classI("0.30", "1.0", "3.51"))))
                .containsExactly("stamp.block.leakage");
        ElectricalSafetyTest classII = new ElectricalSafetyTest(ProtectionClass.CLASS_II, null, new BigDecimal("1.9"),
                new BigDecimal("0.6"), true, "Fluke 6500-2", LocalDate.of(2026, 11, 2), "Tove Tekniker");
        assertThat(keys(completeWashingMachine("WM-5", classII)))
                .containsExactly("stamp.block.insulation", "stamp.block.leakage");
        assertThat(completeWashingMachine("WM-5", classII).blockers()).extracting(RefusedException.Reason::field)
                .containsExactly("insulationMegaohm", "leakageMilliampere");
        InspectionReport untested = completeWashingMachine("WM-6", classI("0.1", "5", "1"));
        assertThat(keys(new InspectionReport(untested.item(), untested.grade(), untested.tests(), null, null, false, null,
                List.of(), "Tove Tekniker"))).containsExactly("stamp.block.safety-missing");
    }

    @Test
    void readingsAreJudgedAsTheyAreTakenOnceTheProtectionClassIsKnown() {
        assertThat(ElectricalSafetyTest.readingsOutsideLimits(null, new BigDecimal("9"), new BigDecimal("0.1"),
                new BigDecimal("9"))).isEmpty();
        assertThat(ElectricalSafetyTest.readingsOutsideLimits(ProtectionClass.CLASS_I, null, new BigDecimal("0.99"), null))
                .extracting(RefusedException.Reason::field).containsExactly("insulationMegaohm");
        assertThat(ElectricalSafetyTest.readingsOutsideLimits(ProtectionClass.CLASS_II, new BigDecimal("9"),
                new BigDecimal("1.5"), new BigDecimal("0.5")))
                .extracting(RefusedException.Reason::messageKey).containsExactly("stamp.block.insulation");
        // A finished class I test without its protective conductor reading is blocked; a form just not there yet is not.
        ElectricalSafetyTest unmeasured = new ElectricalSafetyTest(ProtectionClass.CLASS_I, null, BigDecimal.ONE,
                BigDecimal.ONE, true, "Fluke 6500-2", LocalDate.of(2026, 11, 2), "Tove Tekniker");
        assertThat(keys(completeWashingMachine("WM-7", unmeasured))).containsExactly("stamp.block.protective-conductor");
    }

    @Test
    void aFailedOrMissingTestAMissingErasureAndAnAnonymousTechnicianBlock() {
        InspectionReport phone = completePhone("IMEI-3");
        List<TestResult> tests = new ArrayList<>(phone.tests());
        tests.set(0, new TestResult(tests.getFirst().test(), false, "Does not start"));
        tests.removeLast();
        InspectionReport spoilt = new InspectionReport(phone.item(), null, tests, null, 90, false, null, List.of(), " ");

        assertThat(keys(spoilt)).containsExactly("stamp.block.grade", "stamp.block.tests-incomplete",
                "stamp.block.test-failed", "stamp.block.erasure-missing", "stamp.block.technician");
    }

    @Test
    void thePublicSeesOnlyTheLastFourCharactersOfTheSerial() {
        assertThat(StampFixtures.phone("356938035643809").maskedSerial()).isEqualTo("\u2022".repeat(11) + "3809");
        assertThat(StampFixtures.phone("AB1").maskedSerial()).isEqualTo("AB1");
    }

    private static InspectionReport withBattery(InspectionReport report, Integer health, boolean replaced) {
        return new InspectionReport(report.item(), report.grade(), report.tests(), report.electricalSafety(), health,
                replaced, report.erasure(), report.partsReplaced(), report.technician());
    }

    private static List<String> keys(InspectionReport report) {
        return report.blockers().stream().map(RefusedException.Reason::messageKey).toList();
    }
}
