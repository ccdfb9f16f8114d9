package eu.reloop.shared.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;

import eu.reloop.shared.TypoSafeCode;

/**
 * A typed code and the button that checks it, for the public checks (a stamp, an erasure certificate): a code with a
 * typo or of the wrong shape is told on the field, a valid one goes to {@code onValid}, normalised.
 */
public class CodeLookup extends HorizontalLayout {

    /** The ids and translation keys of one lookup: {@code <prefix>.code}, {@code .check}, {@code .typo}, {@code .malformed}. */
    public record Texts(String keyPrefix, String placeholder, String fieldId, String buttonId) {
    }

    public CodeLookup(TypoSafeCode format, Texts texts, String typed, SerializableConsumer<String> onValid) {
        TextField code = new TextField(getTranslation(texts.keyPrefix() + ".code"));
        code.setPlaceholder(texts.placeholder());
        code.setValue(typed);
        code.setId(texts.fieldId());
        Button check = new Button(getTranslation(texts.keyPrefix() + ".check"), click -> {
            switch (format.read(code.getValue())) {
                case VALID -> onValid.accept(format.parse(code.getValue()).orElseThrow());
                case TYPO -> FieldMessage.show(code, getTranslation(texts.keyPrefix() + ".typo"));
                case MALFORMED -> FieldMessage.show(code, getTranslation(texts.keyPrefix() + ".malformed"));
            }
        });
        check.addClickShortcut(Key.ENTER);
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.setId(texts.buttonId());
        add(code, check);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    }
}
