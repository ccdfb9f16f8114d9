package eu.reloop.stamp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The worked example of docs/stamp-status-list.md verifies as the document says, and only unchanged. */
class StampStatusListDocumentTests {

    private static final Pattern JSON_BLOCK = Pattern.compile("```json\n(.*?)\n```", Pattern.DOTALL);

    @Test
    void theWorkedExampleVerifiesWithItsKeySetAndNotOnceAListedCodeIsDropped() throws Exception {
        List<String> blocks = JSON_BLOCK.matcher(Files.readString(Path.of("docs/stamp-status-list.md"))).results()
                .map(block -> block.group(1)).toList();
        assertThat(blocks).hasSize(2);
        String keySet = blocks.get(0);
        String statusList = blocks.get(1);

        assertThat(statusList).startsWith("{\"type\":\"" + StampStatusList.TYPE + "\",\"v\":1,");
        assertThat(StatusListCheck.verifies(statusList, keySet)).isTrue();
        assertThat(StatusListCheck.verifies(statusList.replace("[\"5DP9H08QH\"]", "[]"), keySet)).isFalse();
    }
}
