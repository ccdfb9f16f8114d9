package eu.reloop.shared;

import java.util.Locale;

/**
 * A value written differently in each language, such as a device category's name: a notice mails it in each
 * recipient's language ({@code category::name}).
 */
@FunctionalInterface
public interface ReadsInLanguage {

    String in(Locale language);
}
