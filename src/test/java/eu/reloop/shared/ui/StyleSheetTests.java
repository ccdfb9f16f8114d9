package eu.reloop.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The style sheet is edited by hand, and merged: a rule left open by a merge silently swallows every rule
 * after it (the browser drops them all), which no page test would name.
 */
class StyleSheetTests {

    @Test
    void everyRuleThatOpensIsClosed() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/resources/META-INF/resources/styles.css"));
        int depth = 0;
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            depth += line.chars().filter(c -> c == '{').count() - line.chars().filter(c -> c == '}').count();
            // Rules nest one level at most, inside @media; a comment starting at depth 1 means a rule was left open.
            assertThat(depth).as("nesting at line %d", number).isBetween(0, 2);
            if (line.strip().startsWith("/*")) {
                assertThat(depth).as("a comment inside an open rule at line %d", number).isZero();
            }
        }
        assertThat(depth).as("rules left open at the end").isZero();
    }
}
