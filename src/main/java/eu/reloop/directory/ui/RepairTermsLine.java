package eu.reloop.directory.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Paragraph;

import eu.reloop.directory.RepairTerms;
import eu.reloop.shared.LocalizedFormats;

/**
 * A repairer's repair terms in one line of the reader's language, as its search hit and its profile show them: what
 * the repair filters of Article 7 of Directive (EU) 2024/1799 search on.
 */
public class RepairTermsLine extends Paragraph {

    /** @param formOnline whether it answers with the repair information form online now: a certified repairer */
    public RepairTermsLine(boolean formOnline, RepairTerms terms) {
        List<String> parts = new ArrayList<>();
        if (formOnline) {
            parts.add(getTranslation("repair-terms.form-online"));
        }
        if (terms.typicalRepairDays() != null) {
            parts.add(getTranslation("repair-terms.days", terms.typicalRepairDays()));
        }
        if (terms.loanDevice()) {
            parts.add(getTranslation("repair-terms.loan-device"));
        }
        if (!terms.handOver().isEmpty()) {
            parts.add(getTranslation("repair-terms.hand-over", terms.handOver().stream().sorted()
                    .map(option -> getTranslation("repair-terms.hand-over." + option.name()))
                    .collect(Collectors.joining(", "))));
        }
        if (!terms.extraServices().isEmpty()) {
            parts.add(getTranslation("repair-terms.extras", terms.extraServices().stream().sorted()
                    .map(extra -> getTranslation("repair-terms.extra." + extra.name()))
                    .collect(Collectors.joining(", "))));
        }
        setText(LocalizedFormats.capitalised(String.join(" · ", parts), getLocale()));
        setVisible(!parts.isEmpty());
        addClassName("repair-terms");
    }
}
