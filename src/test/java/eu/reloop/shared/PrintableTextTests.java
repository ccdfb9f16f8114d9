package eu.reloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTextTests {

    @Test
    void refusesNulAndOtherControlCharacters() {
        assertThat(PrintableText.Validator.isPrintable("Jonas\u0000", false)).isFalse();
        assertThat(PrintableText.Validator.isPrintable("bell\u0007", true)).isFalse();
        assertThat(PrintableText.Validator.isPrintable("escape\u001b[31m", true)).isFalse();
        assertThat(PrintableText.Validator.isPrintable("broken \ud83d paste", true)).isFalse();
    }

    @Test
    void lineBreaksOnlyWhereTheTextHasLines() {
        assertThat(PrintableText.Validator.isPrintable("first line\r\nsecond\tline", true)).isTrue();
        assertThat(PrintableText.Validator.isPrintable("first line\nsecond", false)).isFalse();
    }

    @Test
    void everyScriptAndEmojiIsPrintable() {
        assertThat(PrintableText.Validator.isPrintable("Ærøskøbing, Þórshöfn, Åbo – 👩‍🔧 «ok»", false)).isTrue();
    }
}
