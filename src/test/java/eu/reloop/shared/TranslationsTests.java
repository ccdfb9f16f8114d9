package eu.reloop.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;

class TranslationsTests {

    /** Every shipped language but English, whose texts are the default bundle. */
    private static final List<Locale> TRANSLATED = Translations.SUPPORTED.stream()
            .filter(locale -> locale != Translations.ENGLISH).toList();

    @Test
    void everyTextHasATranslationInEveryLanguageAndNoneIsLeftOver() throws IOException {
        Properties english = load(Translations.ENGLISH);
        SoftAssertions softly = new SoftAssertions();
        for (Locale language : TRANSLATED) {
            softly.assertThat(load(language).stringPropertyNames()).as("keys in %s", language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        }
        softly.assertAll();
    }

    @Test
    void everyTextIsAValidMessageFormatWithTheSameArgumentsInEveryLanguageAndTheSameCounts() throws IOException {
        Properties english = load(Translations.ENGLISH);
        SoftAssertions softly = new SoftAssertions();
        for (Locale language : TRANSLATED) {
            Properties translations = load(language);
            for (String key : english.stringPropertyNames()) {
                String text = english.getProperty(key);
                String translated = translations.getProperty(key, "");
                softly.assertThatCode(() -> new MessageFormat(text)).as(key).doesNotThrowAnyException();
                softly.assertThatCode(() -> new MessageFormat(translated)).as("%s in %s", key, language)
                        .doesNotThrowAnyException();
                softly.assertThat(arguments(translated, false)).as("arguments of %s in %s", key, language)
                        .isEqualTo(arguments(text, false));
                softly.assertThat(arguments(translated, true)).as("counted arguments of %s in %s", key, language)
                        .isEqualTo(arguments(text, true));
            }
        }
        softly.assertAll();
    }

    /**
     * The texts read as they did with Java's {@code MessageFormat}, which Vaadin's provider used before: ICU's
     * treats apostrophes and numbers the same way, but a slip would change what people read. Counted texts are
     * new, so they are left out.
     */
    @Test
    void everyTextWithoutACountReadsAsWithJavasMessageFormat() throws IOException {
        Translations translations = new Translations();
        SoftAssertions softly = new SoftAssertions();
        for (Locale locale : Translations.SUPPORTED) {
            Properties texts = load(locale);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (!arguments(text, true).isEmpty()) {
                    continue;
                }
                int count = arguments(text, false).stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
                Set<Integer> formatted = arguments(text, type -> type != MessagePattern.ArgType.NONE);
                Object[] numbers = IntStream.range(0, count).mapToObj(i -> -1234567.5 * (i + 1)).toArray();
                // Words where a text takes any value, numbers where it formats one as a number.
                Object[] words = IntStream.range(0, count)
                        .mapToObj(i -> formatted.contains(i) ? numbers[i] : "word " + i).toArray();
                softly.assertThat(translations.getTranslation(key, locale)).as("%s in %s", key, locale).isEqualTo(text);
                for (Object[] sample : List.of(words, numbers)) {
                    softly.assertThat(translations.getTranslation(key, locale, sample)).as("%s in %s", key, locale)
                            .isEqualTo(count == 0 ? text : new java.text.MessageFormat(text, locale).format(sample));
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void theStampBlockerCountFollowsEachLanguagesPluralRules() {
        Translations translations = new Translations();

        assertThat(translations.getTranslation("stamp-application.blocked-notice", Translations.ENGLISH, 1))
                .isEqualTo("Not submitted: 1 thing blocks a stamp. It is listed at the top.");
        assertThat(translations.getTranslation("stamp-application.blocked-notice", Translations.ENGLISH, 2))
                .isEqualTo("Not submitted: 2 things block a stamp. They are listed at the top.");
        assertThat(translations.getTranslation("stamp-application.blocked-notice", Translations.NORWEGIAN_BOKMAL, 1))
                .isEqualTo("Ikke sendt inn: 1 punkt hindrer et stempel. Det står øverst.");
        assertThat(translations.getTranslation("stamp-application.blocked-notice", Translations.NORWEGIAN_BOKMAL, 2))
                .isEqualTo("Ikke sendt inn: 2 punkter hindrer et stempel. De står øverst.");
    }

    @Test
    void aYearIsWrittenWithoutAThousandsSeparator() {
        assertThat(new Translations().getTranslation("my-stamps.year.range", Translations.ENGLISH, 1950))
                .isEqualTo("Give a year from 1950 to this year.");
    }

    /** A notice keeps its arguments as text: its count is still counted. */
    @Test
    void aCountStoredAsTextIsCountedToo() {
        Translations translations = new Translations();

        assertThat(translations.getTranslation("notice.expires-soon", Translations.ENGLISH, "RLC-2026-00001", "1",
                "2026-12-01")).isEqualTo("Certificate RLC-2026-00001 expires in 1 day, on 2026-12-01. "
                        + "Apply for renewal in time to stay certified.");
        assertThat(translations.getTranslation("notice.expires-soon", Translations.NORWEGIAN_BOKMAL, "RLC-2026-00001",
                "30", "2026-12-01")).startsWith("Sertifikat RLC-2026-00001 utløper om 30 dager, 2026-12-01.");
    }

    @Test
    void everyRuleMessageHasATranslationInEveryLanguageNamingTheSameAttributes() throws IOException {
        Properties english = loadResource("/ValidationMessages.properties");
        SoftAssertions softly = new SoftAssertions();
        for (Locale language : TRANSLATED) {
            Properties translations = loadResource("/ValidationMessages_" + language.getLanguage() + ".properties");
            softly.assertThat(translations.stringPropertyNames()).as("rule messages in %s", language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                softly.assertThat(attributes(translations.getProperty(key, ""))).as("attributes of %s in %s", key, language)
                        .isEqualTo(attributes(english.getProperty(key)));
            }
        }
        softly.assertAll();
    }

    /** A key written twice is read as its last value: one page then shows another page's words. */
    @Test
    void noKeyIsWrittenTwiceInAFile() throws IOException {
        List<String> paths = Translations.SUPPORTED.stream().map(TranslationsTests::suffix)
                .flatMap(suffix -> Stream.of("/vaadin-i18n/translations" + suffix + ".properties",
                        "/ValidationMessages" + suffix + ".properties")).toList();
        for (String path : paths) {
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

    /** The numbers of the arguments a text takes: all of them, or only those it counts (with plural rules). */
    private static Set<Integer> arguments(String text, boolean counted) {
        return arguments(text, counted ? MessagePattern.ArgType::hasPluralStyle : type -> true);
    }

    /** The numbers of the arguments a text takes as one of the types. */
    private static Set<Integer> arguments(String text, Predicate<MessagePattern.ArgType> types) {
        MessagePattern parsed = new MessagePattern(text);
        Set<Integer> numbers = new TreeSet<>();
        for (int i = 0; i < parsed.countParts() - 1; i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && types.test(part.getArgType())) {
                numbers.add(parsed.getPart(i + 1).getValue());
            }
        }
        return numbers;
    }

    private static Set<String> attributes(String message) {
        return Pattern.compile("\\{([a-zA-Z]+)}").matcher(message).results().map(match -> match.group(1))
                .collect(Collectors.toSet());
    }

    private static Properties load(Locale language) throws IOException {
        return loadResource("/vaadin-i18n/translations" + suffix(language) + ".properties");
    }

    /** The bundle's name ends in the language, but for English, the default bundle. */
    private static String suffix(Locale language) {
        return language == Translations.ENGLISH ? "" : "_" + language.getLanguage();
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
