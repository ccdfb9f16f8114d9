package eu.reloop.certification.ui;

import java.util.List;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import eu.reloop.certification.AuditEntry;
import eu.reloop.shared.ui.BrowserTime;

/** An organisation's audit trail, newest first: when, who, what, on which certificate, and why. */
class AuditTrailList extends VerticalLayout {

    AuditTrailList(List<AuditEntry> entries) {
        setPadding(false);
        addClassName("audit-trail-list");
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("audit.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (AuditEntry entry : entries) {
            StringBuilder text = new StringBuilder(getTranslation("audit.action." + entry.action().name()));
            if (entry.certificateNumber() != null) {
                text.append(" (").append(entry.certificateNumber()).append(')');
            }
            if (entry.reason() != null && !entry.reason().isBlank()) {
                text.append(": ").append(entry.reason());
            }
            Span when = new Span(BrowserTime.dateTime(entry.at()));
            when.addClassName("audit-when");
            Span who = new Span(getTranslation("audit.by", entry.actor()));
            who.addClassName("audit-who");
            list.add(new ListItem(when, new Span(" · "), new Span(text.toString()), new Span(" · "), who));
        }
        add(list);
    }
}
