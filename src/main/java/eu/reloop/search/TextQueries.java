package eu.reloop.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * Free text in a search. Every word must match one of the fields, forgiving typos ("iphnoe" finds iPhone), or
 * begin a word of one of the fields that may be begun, so that a half-typed word finds too; or, stemmed, match the
 * document's stems in one of the Nordic languages ({@link NordicTerms}), so that an inflected form or another
 * spelling finds too ("vaskemaskinene", "tvattmaskiner"), and so do the category's names.
 */
final class TextQueries {

    /** Words of a text search, each of which must match; more say nothing the first ones did not. */
    private static final int MAX_WORDS = 8;

    /** How words are matched. */
    enum Matching {
        /** In the fields, and in the stems: what every search does. */
        STEMMED,
        /**
         * In the fields only, as the search did before the stems: the baseline the labelled Nordic query set
         * measures the stems against (NordicSearchTests).
         */
        FIELDS_ONLY
    }

    /** The fields a text is matched in (by the standard analyser's words, forgiving typos), and those begun. */
    record Fields(List<String> matched, List<String> begun) {
    }

    private TextQueries() {
    }

    static Query everyWord(String text, Fields fields, Matching matching) {
        List<String> words = Arrays.stream(text.split("\\s+")).filter(word -> !word.isEmpty()).limit(MAX_WORDS).toList();
        return Query.of(q -> q.bool(b -> {
            words.forEach(word -> b.filter(f -> f.bool(w -> {
                w.should(s -> s.multiMatch(m -> m.query(word).fields(fields.matched()).fuzziness("AUTO")
                        .operator(Operator.And)));
                fields.begun().forEach(field -> w.should(s -> s.prefix(p -> p.field(field)
                        .value(word.toLowerCase(Locale.ROOT)))));
                if (matching == Matching.STEMMED) {
                    NordicTerms.ofWord(word).forEach(terms -> w.should(stems(terms)));
                }
                return w.minimumShouldMatch("1");
            })));
            return b;
        }));
    }

    /** All the word's terms in one language among the stems ("pc-er" is "pc" and "er"). */
    private static Query stems(List<String> terms) {
        return Query.of(q -> q.bool(b -> b.filter(terms.stream().map(term -> Query.of(t -> t.term(v -> v
                .field("stems").value(term)))).toList())));
    }
}
