package eu.reloop.stamp.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.FormFields;
import eu.reloop.shared.ui.RuleBinder;
import eu.reloop.stamp.CategoryProfile;
import eu.reloop.stamp.Grade;
import eu.reloop.stamp.InspectionReport;
import eu.reloop.stamp.TestResult;

/**
 * The inspection report as the centre fills it in, with the sections the item's category needs. The
 * item itself is fixed when the application starts and only shown here.
 */
class InspectionReportForm extends Div {

    private final InspectionReport loaded;
    /** For the report's own fields' rules; the sections and test rows bind theirs. */
    private final BeanValidationBinder<InspectionReport> binder = RuleBinder.of(InspectionReport.class);
    private final RadioButtonGroup<Grade> grade = new RadioButtonGroup<>();
    private final Map<String, TestRow> tests = new LinkedHashMap<>();
    private final IntegerField batteryHealth = new IntegerField();
    private final Checkbox batteryReplaced = new Checkbox();
    private final TextField technician = new TextField();
    private final @Nullable ElectricalSafetySection safety;
    private final @Nullable DataErasureSection erasure;
    private final PartsReplacedEditor parts;

    InspectionReportForm(InspectionReport report, CategoryNames categories) {
        loaded = report;
        CategoryProfile profile = report.profile();
        addClassName("stamp-form");
        add(new StampSection("stamp.section.item", ItemSummary.of(report.item(), categories)));
        add(new StampSection("stamp.section.grade", grade(report)));
        add(new StampSection("stamp.section.tests", tests(report, profile)));
        safety = profile.mainsPowered() ? new ElectricalSafetySection(report.electricalSafety()) : null;
        if (safety != null) {
            add(safety);
        }
        if (profile.batteryPowered()) {
            add(new StampSection("stamp.section.battery", battery(report)));
        }
        erasure = profile.dataBearing() ? new DataErasureSection(report.erasure()) : null;
        if (erasure != null) {
            add(erasure);
        }
        parts = new PartsReplacedEditor(report.partsReplaced());
        add(parts);
        technician.setLabel(getTranslation("stamp.technician"));
        technician.setValue(report.technician());
        technician.setMaxLength(TextLimits.NAME);
        technician.setId("stamp-technician");
        StrippedText.bind(binder, technician, "technician");
        add(new StampSection("stamp.section.technician", technician));
    }

    /** The report's own fields, for a refusal to show on the one it names. */
    FormFields fields() {
        return FormFields.of(binder);
    }

    private RadioButtonGroup<Grade> grade(InspectionReport report) {
        grade.setItems(Grade.values());
        grade.setRenderer(new ComponentRenderer<>(value -> new Div(
                new Span(getTranslation("stamp.grade." + value.name())),
                helper(getTranslation("stamp.grade." + value.name() + ".definition")))));
        grade.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        grade.setValue(report.grade());
        grade.setId("stamp-grade");
        return grade;
    }

    private static Paragraph helper(String text) {
        Paragraph helper = new Paragraph(text);
        helper.addClassName("stamp-helper");
        return helper;
    }

    private Div tests(InspectionReport report, CategoryProfile profile) {
        Map<String, TestResult> done = new LinkedHashMap<>();
        report.tests().forEach(result -> done.put(result.test(), result));
        Div rows = new Div();
        for (String test : profile.tests()) {
            TestRow row = new TestRow(test, done.get(test));
            tests.put(test, row);
            rows.add(row);
        }
        return rows;
    }

    private Div battery(InspectionReport report) {
        batteryHealth.setLabel(getTranslation("stamp.battery.health"));
        batteryHealth.setHelperText(getTranslation("stamp.battery.health.help", InspectionReport.MIN_BATTERY_HEALTH_PERCENT));
        batteryHealth.setSuffixComponent(new Span("%"));
        batteryHealth.setValue(report.batteryHealthPercent());
        batteryHealth.setId("stamp-battery-health");
        binder.forField(batteryHealth).bind("batteryHealthPercent");
        batteryReplaced.setLabel(getTranslation("stamp.battery.replaced"));
        batteryReplaced.setValue(report.batteryReplaced());
        batteryReplaced.setId("stamp-battery-replaced");
        return new Div(batteryHealth, batteryReplaced);
    }

    /**
     * The report as filled in; empty when a field breaks the report's rules (it is marked, with the rule):
     * a half-recorded section, a reading no instrument gives, a battery health outside 0 to 100. What
     * merely blocks a stamp is the service's to say.
     */
    Optional<InspectionReport> report() {
        // Every part is checked, so that all the marks show at once.
        boolean valid = binder.validate().isOk();
        valid &= safety == null || safety.complete();
        valid &= erasure == null || erasure.complete();
        for (TestRow row : tests.values()) {
            valid &= row.valid();
        }
        if (!valid) {
            return Optional.empty();
        }
        List<TestResult> results = tests.values().stream().map(TestRow::result).flatMap(Optional::stream).toList();
        return Optional.of(new InspectionReport(loaded.item(), grade.getValue(), results,
                safety == null ? null : safety.value(), batteryHealth.getValue(), batteryReplaced.getValue(),
                erasure == null ? null : erasure.value(), parts.value(), technician.getValue()));
    }

    /** One functional test: passed or failed, with a note; unanswered until one is chosen. */
    private static class TestRow extends HorizontalLayout {

        private final String test;
        private final RadioButtonGroup<Boolean> passed = new RadioButtonGroup<>();
        private final TextField note = new TextField();
        private final BeanValidationBinder<TestResult> binder = RuleBinder.of(TestResult.class);

        TestRow(String test, @Nullable TestResult result) {
            this.test = test;
            passed.setItems(Boolean.TRUE, Boolean.FALSE);
            passed.setItemLabelGenerator(yes -> getTranslation(yes ? "stamp.test.passed" : "stamp.test.failed"));
            passed.setAriaLabel(getTranslation("stamp.test." + test));
            passed.setId("test-" + test + "-result");
            note.setPlaceholder(getTranslation("stamp.test.note"));
            note.setAriaLabel(getTranslation("stamp.test.note"));
            note.setMaxLength(TextLimits.NOTE);
            note.setId("test-" + test + "-note");
            StrippedText.bind(binder, note, "note");
            if (result != null) {
                passed.setValue(result.passed());
                note.setValue(result.note());
            }
            H3 name = new H3(getTranslation("stamp.test." + test));
            name.addClassName("stamp-test-name");
            add(name, passed, note);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            setWrap(true);
            setWidthFull();
            addClassName("stamp-test");
            setId("test-" + test);
        }

        boolean valid() {
            return binder.validate().isOk();
        }

        Optional<TestResult> result() {
            return Optional.ofNullable(passed.getValue()).map(yes -> new TestResult(test, yes, note.getValue().strip()));
        }
    }
}
