package eu.reloop.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class TranslationsTests {

    @Test
    void everyTextHasABokmalTranslationAndNoneIsLeftOver() throws IOException {
        Properties english = load("translations.properties");
        Properties bokmal = load("translations_nb.properties");

        assertThat(bokmal.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void everyTextIsAValidMessageFormatWithTheSameArgumentsInBothLanguages() throws IOException {
        Properties english = load("translations.properties");
        Properties bokmal = load("translations_nb.properties");

        for (String key : english.stringPropertyNames()) {
            assertThatCode(() -> new MessageFormat(english.getProperty(key))).as(key).doesNotThrowAnyException();
            assertThatCode(() -> new MessageFormat(bokmal.getProperty(key, ""))).as(key).doesNotThrowAnyException();
            assertThat(new MessageFormat(bokmal.getProperty(key, "")).getFormatsByArgumentIndex().length)
                    .as("arguments of %s", key)
                    .isEqualTo(new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length);
        }
    }

    @Test
    void everyRuleMessageHasABokmalTranslationNamingTheSameAttributes() throws IOException {
        Properties english = loadResource("/ValidationMessages.properties");
        Properties bokmal = loadResource("/ValidationMessages_nb.properties");

        assertThat(bokmal.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(attributes(bokmal.getProperty(key))).as("attributes of %s", key)
                    .isEqualTo(attributes(english.getProperty(key)));
        }
    }

    /** A key written twice is read as its last value: one page then shows another page's words. */
    @Test
    void noKeyIsWrittenTwiceInAFile() throws IOException {
        for (String path : List.of("/vaadin-i18n/translations.properties", "/vaadin-i18n/translations_nb.properties",
                "/ValidationMessages.properties", "/ValidationMessages_nb.properties")) {
            Set<String> twice = new TreeSet<>();
            Properties counting = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (containsKey(key)) {
                        twice.add(key.toString());
                    }
                    return super.put(key, value);
                }
            };
            read(path, counting);
            assertThat(twice).as("keys written twice in %s", path).isEmpty();
        }
    }

    private static Set<String> attributes(String message) {
        return Pattern.compile("\\{([a-zA-Z]+)}").matcher(message).results().map(match -> match.group(1))
                .collect(Collectors.toSet());
    }

    private static Properties load(String name) throws IOException {
        return loadResource("/vaadin-i18n/" + name);
    }

    private static Properties loadResource(String path) throws IOException {
        Properties properties = new Properties();
        read(path, properties);
        return properties;
    }

    private static void read(String path, Properties into) throws IOException {
        try (InputStream in = TranslationsTests.class.getResourceAsStream(path)) {
            into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
