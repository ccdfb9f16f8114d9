package eu.reloop.repair.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;

import eu.reloop.repair.RepairMessage;
import eu.reloop.shared.TextLimits;
import eu.reloop.shared.ui.Attempt;
import eu.reloop.shared.ui.BrowserTime;
import eu.reloop.shared.ui.FormFields;

/** The messages on a request, oldest first, and a field to write the next; the same for both sides. */
class RepairMessages extends Div {

    /**
     * @param write sends a text, through the service that refuses it on its parameter {@code text}
     * @param sent shows the page again with the new message
     */
    RepairMessages(List<RepairMessage> messages, SerializableConsumer<String> write, SerializableRunnable sent) {
        addClassName("repair-messages");
        add(new H2(getTranslation("repair.messages.title")));
        for (RepairMessage message : messages) {
            Paragraph shown = new Paragraph(getTranslation(message.fromRepairer() ? "repair.messages.from-repairer"
                    : "repair.messages.from-consumer", BrowserTime.dateTime(message.sentAt()), message.text()));
            shown.addClassName("repair-message");
            add(shown);
        }
        TextArea text = new TextArea(getTranslation("repair.messages.new"));
        text.setMaxLength(TextLimits.REASON);
        text.setWidthFull();
        text.setId("repair-message-text");
        Button send = new Button(getTranslation("repair.messages.send"), click -> {
            if (Attempt.run(this, FormFields.of("text", text), () -> write.accept(text.getValue()))) {
                sent.run();
            }
        });
        send.setId("repair-message-send");
        add(text, send);
    }
}
