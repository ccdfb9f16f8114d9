package eu.reloop.stamp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import eu.reloop.TestImages;


/** Inspection reports for tests: complete ones that may be stamped, to be spoilt one field at a time; and a photo. */
final class StampFixtures {

    /** A small real PNG, as a stamp needs a photo of its item. */
    static final byte[] PHOTO = TestImages.png();

    private StampFixtures() {
    }

    static ItemIdentity phone(String serial) {
        return new ItemIdentity("phones", "Fairphone", "5", serial, 2023);
    }

    /** A phone with every test passed, a healthy battery and a NIST-style erasure record. */
    static InspectionReport completePhone(String serial) {
        return completeHandheld(phone(serial), Grade.EXCELLENT, 91);
    }

    /** A phone or tablet (battery, data, no mains) with every test passed, of this grade and battery health. */
    static InspectionReport completeHandheld(ItemIdentity item, Grade grade, int batteryHealthPercent) {
        return new InspectionReport(item, grade, passedTests(item), null, batteryHealthPercent, false, erasure(), List.of(
                new PartReplaced("Display assembly", true)), "Tove Tekniker");
    }

    /** A washing machine: mains-powered, so it needs an electrical safety test; no battery, no data. */
    static InspectionReport completeWashingMachine(String serial, ElectricalSafetyTest safety) {
        ItemIdentity item = new ItemIdentity("washing-machines", "Miele", "WWD 320", serial, 2019);
        return new InspectionReport(item, Grade.GOOD, passedTests(item), safety, null, false, null, List.of(),
                "Tove Tekniker");
    }

    static ElectricalSafetyTest classI(String ohm, String megaohm, String milliampere) {
        return new ElectricalSafetyTest(ProtectionClass.CLASS_I, new BigDecimal(ohm), new BigDecimal(megaohm),
                new BigDecimal(milliampere), true, "Fluke 6500-2", LocalDate.of(2026, 11, 2), "Tove Tekniker");
    }

    static DataErasure erasure() {
        return new DataErasure("Flash memory (UFS)", "Samsung", "KLUDG4UHDC", "SN-123", DataErasure.Method.PURGE,
                "Cryptographic erase", "Blancco Mobile Diagnostics", "7.4", DataErasure.Verification.FULL,
                "Tove Tekniker", LocalDate.of(2026, 11, 2));
    }

    private static List<TestResult> passedTests(ItemIdentity item) {
        return CategoryProfile.of(item.category()).tests().stream().map(test -> new TestResult(test, true, "")).toList();
    }
}
