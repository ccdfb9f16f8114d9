package eu.reloop.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.Version;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Search text as the Nordic languages' Snowball stemmers have it (those of Lucene's Norwegian, Swedish, Danish and
 * Finnish analysers, without their stop words, so that every word typed still counts), then folded: ø, ö and oe to
 * o, æ, ä, å, aa and ae to a (Finnish: ä and ö only), and other diacritics dropped, so that "tvattmaskinerna",
 * "kjöleskap" and "Aabenraa" meet "tvättmaskin", "kjøleskap" and "Åbenrå". Documents carry these terms in
 * {@code stems}, and a query word is analysed the same way; the Elasticsearch of the tests
 * has no language analysers (docs/decisions/nordic-search-analysed-in-java.md).
 */
final class NordicTerms {

    /** What the terms depend on: a change to the chains or to Lucene's stemmers makes the indices be rebuilt. */
    static final String VERSION = "snowball-then-folded-1 lucene-" + Version.LATEST;

    /** Norwegian bokmål, Swedish, Danish and Finnish. */
    private static final List<Analyzer> ANALYSERS = List.of(
            chain(NorwegianStemmer::new, true),
            chain(SwedishStemmer::new, true),
            chain(DanishStemmer::new, true),
            chain(FinnishStemmer::new, false));

    private NordicTerms() {
    }

    /**
     * A document's terms: those of all its texts in all four languages, once each. One field holds them all: the
     * languages agree on most terms, so it holds a third of what four fields would (a full reindex writes them all).
     */
    static Set<String> of(Collection<String> texts) {
        // One pass per language over all the texts: the tokenizer breaks words at the line breaks too.
        String joined = String.join("\n", texts);
        Set<String> terms = new TreeSet<>();
        ANALYSERS.forEach(analyser -> terms.addAll(analysed(analyser, joined)));
        return terms;
    }

    /**
     * A query word's terms in each language (a word such as "pc-er" has more than one), each list once: the
     * languages agree on most words.
     */
    static Set<List<String>> ofWord(String word) {
        Set<List<String>> terms = new LinkedHashSet<>();
        ANALYSERS.forEach(analyser -> {
            List<String> found = analysed(analyser, word);
            if (!found.isEmpty()) {
                terms.add(found);
            }
        });
        return terms;
    }

    private static List<String> analysed(Analyzer analyser, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyser.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // A string reader cannot fail.
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * Stemmed before folded: the stemmers know their letters (å, ä, æ, ö and ø are vowels to them), and folding
     * "ae" first would turn the plural "kameraer" into "kamerar", which no stemmer takes back to "kamera".
     */
    private static Analyzer chain(Supplier<SnowballStemmer> stemmer, boolean scandinavianFolding) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer words = new StandardTokenizer();
                TokenStream stems = new SnowballFilter(new LowerCaseFilter(words), stemmer.get());
                TokenStream folded = scandinavianFolding ? new ScandinavianFoldingFilter(stems) : stems;
                return new TokenStreamComponents(words, new ASCIIFoldingFilter(folded));
            }
        };
    }
}
