package eu.reloop.stamp.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import eu.reloop.shared.LocalizedFormats;
import eu.reloop.stamp.CategoryProfile;
import eu.reloop.stamp.DataErasure;
import eu.reloop.stamp.ElectricalSafetyTest;
import eu.reloop.stamp.InspectionReport;
import eu.reloop.stamp.StampApplication;
import eu.reloop.stamp.StampApplications;
import eu.reloop.stamp.TestResult;

/**
 * A whole inspection report, read-only, in the order of the form: what the certifier decides on, and
 * what the centre sees once the application has left its hands.
 */
class ReportSummary extends Div {

    ReportSummary(StampApplication application, CategoryNames categories, StampApplications applications) {
        InspectionReport report = application.report();
        CategoryProfile profile = report.profile();
        addClassName("stamp-report");
        add(new StampSection("stamp.section.item", ItemSummary.of(report.item(), categories)));
        String grade = report.grade() == null ? getTranslation("stamp.not-recorded")
                : getTranslation("stamp.grade." + report.grade().name()) + " – "
                        + getTranslation("stamp.grade." + report.grade().name() + ".definition");
        add(new StampSection("stamp.section.grade", new FactList().fact("stamp.grade", grade, "summary-grade")));
        add(new StampSection("stamp.section.tests", tests(report, profile)));
        if (profile.mainsPowered()) {
            add(new StampSection("stamp.section.safety", safety(report.electricalSafety())));
        }
        if (profile.batteryPowered()) {
            String health = report.batteryHealthPercent() == null ? getTranslation("stamp.not-recorded")
                    : report.batteryHealthPercent() + " %";
            add(new StampSection("stamp.section.battery", new FactList()
                    .fact("stamp.battery.health", health, "summary-battery")
                    .fact("stamp.battery.replaced", yesNo(report.batteryReplaced()))));
        }
        if (profile.dataBearing()) {
            add(new StampSection("stamp.section.erasure", erasure(report.erasure())));
        }
        add(new StampSection("stamp.section.parts", parts(report)));
        String technician = report.technician().isEmpty() ? getTranslation("stamp.not-recorded") : report.technician();
        add(new StampSection("stamp.section.technician",
                new FactList().fact("stamp.technician", technician, "summary-technician")));
        PhotoList photos = new PhotoList(applications, application.organisationId());
        photos.show(application.photos());
        add(new StampSection("stamp.section.photos", photos));
    }


    private UnorderedList tests(InspectionReport report, CategoryProfile profile) {
        Map<String, TestResult> done = report.tests().stream()
                .collect(Collectors.toMap(TestResult::test, Function.identity(), (first, second) -> second));
        UnorderedList list = new UnorderedList();
        list.addClassName("stamp-test-results");
        for (String test : profile.tests()) {
            TestResult result = done.get(test);
            Span outcome = new Span(getTranslation(result == null ? "stamp.not-recorded"
                    : result.passed() ? "stamp.test.passed" : "stamp.test.failed"));
            outcome.getElement().getThemeList().add(result == null ? "badge contrast"
                    : result.passed() ? "badge success" : "badge error");
            ListItem item = new ListItem(new Span(getTranslation("stamp.test." + test) + " "), outcome);
            if (result != null && !result.note().isBlank()) {
                item.add(new Span(" " + result.note()));
            }
            item.setId("summary-test-" + test);
            list.add(item);
        }
        return list;
    }

    private Div safety(@Nullable ElectricalSafetyTest safety) {
        if (safety == null) {
            return new Div(new Paragraph(getTranslation("stamp.not-recorded")));
        }
        FactList facts = new FactList()
                .fact("stamp.safety.class", getTranslation("stamp.safety.class." + safety.protectionClass().name()));
        if (safety.protectiveConductorOhm() != null) {
            facts.fact("stamp.safety.protective-conductor", number(safety.protectiveConductorOhm()) + " Ω");
        }
        facts.fact("stamp.safety.insulation", number(safety.insulationMegaohm()) + " MΩ")
                .fact("stamp.safety.leakage", number(safety.leakageMilliampere()) + " mA")
                .fact("stamp.safety.passed", yesNo(safety.passed()))
                .fact("stamp.safety.instrument", safety.instrument())
                .fact("stamp.safety.date", LocalizedFormats.date(safety.testedOn(), getLocale()))
                .fact("stamp.safety.tester", safety.tester());
        return new Div(facts);
    }

    private Div erasure(@Nullable DataErasure erasure) {
        if (erasure == null) {
            return new Div(new Paragraph(getTranslation("stamp.not-recorded")));
        }
        return new Div(new FactList()
                .fact("stamp.erasure.media-type", erasure.mediaType())
                .fact("stamp.erasure.media-make", erasure.mediaMake())
                .fact("stamp.erasure.media-model", erasure.mediaModel())
                .fact("stamp.erasure.media-serial", erasure.mediaSerial())
                .fact("stamp.erasure.method", getTranslation("stamp.erasure.method." + erasure.method().name()))
                .fact("stamp.erasure.technique", erasure.technique())
                .fact("stamp.erasure.tool", erasure.toolAndVersion())
                .fact("stamp.erasure.verification",
                        getTranslation("stamp.erasure.verification." + erasure.verification().name()))
                .fact("stamp.erasure.performer", erasure.performer())
                .fact("stamp.erasure.date", LocalizedFormats.date(erasure.performedOn(), getLocale())));
    }

    private Div parts(InspectionReport report) {
        if (report.partsReplaced().isEmpty()) {
            return new Div(new Paragraph(getTranslation("stamp.parts.none")));
        }
        UnorderedList list = new UnorderedList();
        report.partsReplaced().forEach(part -> list.add(new ListItem(part.part() + " ("
                + getTranslation(part.original() ? "stamp.parts.original" : "stamp.parts.compatible") + ")")));
        return new Div(list);
    }

    private String yesNo(boolean yes) {
        return getTranslation(yes ? "stamp.yes" : "stamp.no");
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(value.scale() < 0 ? 0 : value.scale());
        return format.format(value);
    }
}
