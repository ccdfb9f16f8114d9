package eu.reloop.shared;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.vaadin.flow.i18n.DefaultI18NProvider;

/**
 * Every user-visible text, from {@code vaadin-i18n/translations*.properties}. The browser's language
 * picks the first locale; the language switcher in the layout changes it. Texts are ICU message formats, so
 * a count is written with its language's plural rules: {@code {0, plural, one {# thing} other {# things}}}.
 */
@Component
public class Translations extends DefaultI18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale NORWEGIAN_BOKMAL = Locale.forLanguageTag("nb");
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale DANISH = Locale.forLanguageTag("da");
    public static final Locale FINNISH = Locale.forLanguageTag("fi");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, NORWEGIAN_BOKMAL, SWEDISH, DANISH, FINNISH);

    /** A number as {@code String.valueOf} writes it, the way a stored notice keeps its count. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    public Translations() {
        super(SUPPORTED);
    }

    /**
     * The shipped language a reader of {@code locale} reads best: its own, bokmål for any written Norwegian ("no",
     * "nn"), else English.
     */
    public static Locale supported(@Nullable Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        String language = locale.getLanguage().equals("no") || locale.getLanguage().equals("nn") ? "nb"
                : locale.getLanguage();
        return SUPPORTED.stream().filter(shipped -> shipped.getLanguage().equals(language)).findFirst().orElse(ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = super.getTranslation(key, locale);
        // As Vaadin's own provider: a text is a format only when it takes arguments, so a text without any
        // keeps its apostrophes as written.
        if (params.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(counted(pattern, params));
    }

    /**
     * The arguments, with a count given as text made a number again where the text counts it: a notice keeps
     * its arguments as text, and plural rules need a number.
     */
    private static Object[] counted(String pattern, Object[] params) {
        Object[] arguments = params.clone();
        MessagePattern parsed = new MessagePattern(pattern);
        for (int i = 0; i < parsed.countParts() - 1; i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType().hasPluralStyle()) {
                MessagePattern.Part argument = parsed.getPart(i + 1);
                int index = argument.getValue();
                if (argument.getType() == MessagePattern.Part.Type.ARG_NUMBER && index < arguments.length && arguments[index] instanceof String text && NUMBER.matcher(text).matches()) {
                    arguments[index] = new BigDecimal(text);
                }
            }
        }
        return arguments;
    }
}
