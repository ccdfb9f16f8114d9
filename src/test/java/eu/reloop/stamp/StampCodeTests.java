package eu.reloop.stamp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

import eu.reloop.shared.TypoSafeCode;

class StampCodeTests {

    private final Random random = new Random(5);

    @Test
    void generatedCodesReadBackHoweverTheyAreTyped() {
        for (int i = 0; i < 1000; i++) {
            StampCode code = StampCode.generate(random);
            assertThat(code.display()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]");
            assertThat(StampCode.parse(code.display())).contains(code);
            assertThat(StampCode.parse(" " + code.value().toLowerCase() + " ")).contains(code);
            String lookalikes = code.display().replace('0', 'O').replace('1', 'l');
            assertThat(StampCode.parse(lookalikes)).contains(code);
        }
    }

    @Test
    void everySingleMistypedSymbolIsATypo() {
        for (int i = 0; i < 200; i++) {
            String code = StampCode.generate(random).value();
            for (int position = 0; position < code.length(); position++) {
                for (char other : TypoSafeCode.ALPHABET.toCharArray()) {
                    if (other == code.charAt(position)) {
                        continue;
                    }
                    String typo = code.substring(0, position) + other + code.substring(position + 1);
                    assertThat(StampCode.read(typo)).as(typo).isEqualTo(TypoSafeCode.Reading.TYPO);
                }
            }
        }
    }

    @Test
    void swappedNeighboursAreATypoExceptZeroAndZ() {
        for (int i = 0; i < 2000; i++) {
            String code = StampCode.generate(random).value();
            for (int position = 0; position + 1 < code.length(); position++) {
                char left = code.charAt(position);
                char right = code.charAt(position + 1);
                if (left == right || (left == '0' && right == 'Z') || (left == 'Z' && right == '0')) {
                    continue;
                }
                String swapped = code.substring(0, position) + right + left + code.substring(position + 2);
                assertThat(StampCode.read(swapped)).as(code + " to " + swapped).isEqualTo(TypoSafeCode.Reading.TYPO);
            }
        }
    }

    @Test
    void somethingThatCannotBeACodeIsMalformed() {
        assertThat(StampCode.read("")).isEqualTo(TypoSafeCode.Reading.MALFORMED);
        assertThat(StampCode.read("7K3M-9QXD")).isEqualTo(TypoSafeCode.Reading.MALFORMED);
        assertThat(StampCode.read("7K3M-9QXD-FF")).isEqualTo(TypoSafeCode.Reading.MALFORMED);
        assertThat(StampCode.read("7K3M-9QXD-U")).isEqualTo(TypoSafeCode.Reading.MALFORMED);
        assertThat(StampCode.read("'; drop table")).isEqualTo(TypoSafeCode.Reading.MALFORMED);
    }
}
