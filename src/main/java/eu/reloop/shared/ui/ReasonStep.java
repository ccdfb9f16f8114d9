package eu.reloop.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializablePredicate;

/**
 * Asks for the reason another party will read before a step that needs one (a suspension, a cancelled
 * pickup): a required text of at most {@code maxLength} characters, and a confirming button in the
 * colour of a step that cannot be taken back.
 *
 * @param title the dialog's heading
 * @param text what the step does, above the field
 * @param label the reason field's label
 * @param button the confirming button's text
 * @param requiredMessage shown when the field is left empty
 * @param maxLength the limit the service enforces
 * @param id prefix of the field's and the button's ids ({@code <id>-reason}, {@code <id>-confirm}), for tests
 */
public record ReasonStep(String title, String text, String label, String button, String requiredMessage,
        int maxLength, String id) {

    /** @param step takes the reason; answers whether it went through, which closes the dialog */
    public void ask(SerializablePredicate<String> step) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextArea reason = new TextArea(label);
        reason.setRequired(true);
        reason.setMaxLength(maxLength);
        reason.setWidth("28rem");
        reason.setId(id + "-reason");
        dialog.add(new Paragraph(text), reason);
        Button confirm = new Button(button, click -> {
            if (reason.getValue().isBlank()) {
                FieldMessage.show(reason, requiredMessage);
                reason.focus();
                return;
            }
            if (step.test(reason.getValue())) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setId(id + "-confirm");
        dialog.getFooter().add(new Button(dialog.getTranslation("editor.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }
}
