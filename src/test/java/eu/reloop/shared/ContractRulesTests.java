package eu.reloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The contract from input to rule, as the code must keep it: one refusal type, one way to mark a field, and
 * no limit in a view that a rule does not also enforce. Read from the sources, so a new view cannot slip by.
 */
class ContractRulesTests {

    private static final Path MAIN = Path.of("src/main/java/eu/reloop");
    private static final Path SHARED_UI = MAIN.resolve("shared/ui");

    @Test
    void noModuleKeepsARefusalTypeOrFeedbackAdapterOfItsOwn() throws IOException {
        assertThat(sources().filter(path -> !path.startsWith(MAIN.resolve("shared"))).map(path -> path.getFileName().toString())
                .filter(name -> name.endsWith("RefusedException.java") && !name.equals("RefusedException.java")
                        || name.endsWith("Feedback.java")))
                .isEmpty();
    }

    @Test
    void onlySharedUiMarksFieldsInvalid() throws IOException {
        assertThat(sources().filter(path -> !path.startsWith(SHARED_UI)).filter(path -> contains(path, "setInvalid(")))
                .isEmpty();
    }

    @Test
    void everyMaxLengthInAViewReadsAConstant() throws IOException {
        Pattern literal = Pattern.compile("setMaxLength\\(\\s*\\d");
        assertThat(sources().filter(path -> literal.matcher(read(path)).find())).isEmpty();
    }

    @Test
    void noControllerAnswersErrorsOnItsOwn() throws IOException {
        assertThat(sources().filter(path -> !path.startsWith(MAIN.resolve("shared")))
                .filter(path -> contains(path, "@ExceptionHandler"))).isEmpty();
    }

    private static Stream<Path> sources() throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(MAIN)) {
            all = walk.filter(path -> path.toString().endsWith(".java")).toList();
        }
        return all.stream();
    }

    private static boolean contains(Path path, String text) {
        return read(path).contains(text);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
