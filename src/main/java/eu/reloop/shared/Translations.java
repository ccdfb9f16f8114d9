package eu.reloop.shared;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.DefaultI18NProvider;

/**
 * Every user-visible text, from {@code vaadin-i18n/translations*.properties}. The browser's language
 * picks the first locale; the language switcher in the layout changes it.
 */
@Component
public class Translations extends DefaultI18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale NORWEGIAN_BOKMAL = Locale.forLanguageTag("nb");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, NORWEGIAN_BOKMAL);

    public Translations() {
        super(SUPPORTED);
    }
}
