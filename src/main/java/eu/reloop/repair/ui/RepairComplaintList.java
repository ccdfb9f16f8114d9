package eu.reloop.repair.ui;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableConsumer;

import eu.reloop.repair.RepairComplaint;
import eu.reloop.shared.ui.BrowserTime;

/** The complaints about a repair, each with its answer or the day it is due; the repairer answers open ones here. */
class RepairComplaintList extends Div {

    /** @param answer opens the answer to a complaint; null for the consumer, who reads only */
    RepairComplaintList(List<RepairComplaint> complaints, @Nullable SerializableConsumer<RepairComplaint> answer) {
        addClassName("repair-complaints");
        add(new H2(getTranslation("repair.complaints.title")));
        for (RepairComplaint complaint : complaints) {
            Div shown = new Div(new Paragraph(getTranslation("repair.complaints.filed",
                    BrowserTime.date(complaint.filedAt()), complaint.text())));
            shown.addClassName("repair-complaint");
            shown.getElement().setAttribute("data-complaint", complaint.id().toString());
            if (complaint.answer() != null) {
                shown.add(new Paragraph(getTranslation("repair.complaints.answer", complaint.answer())));
            } else {
                shown.add(new Paragraph(getTranslation(complaint.overdue() ? "repair.complaints.overdue"
                        : "repair.complaints.due", BrowserTime.date(complaint.answerDue()))));
                if (answer != null) {
                    Button reply = new Button(getTranslation("repair.complaints.reply"), click -> answer.accept(complaint));
                    reply.setId("answer-complaint-" + complaint.id());
                    shown.add(reply);
                }
            }
            add(shown);
        }
    }
}
