package org.caravanqda.search.analysis;

import java.io.Closeable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;

/**
 * The analyzers of the {@code text} and {@code exact} fields, one instance per language, created once and shared by
 * all threads. Use the same analyzer at index and query time. Quality and speed per language, measured against the UD
 * gold lemmas, are in docs/search-quality.md.
 */
public final class LanguageAnalyzers implements Closeable {
    /** Languages with their own analysis; any other code gets {@link #DEFAULT_LANGUAGE}'s folded, unstemmed forms. */
    public static final List<String> LANGUAGES = List.of("ru", "en", "kk", "ky", "uz");
    /** What {@link #canonical(String)} returns for a language without its own analysis. */
    public static final String DEFAULT_LANGUAGE = "und";

    private static final FormTable ENGLISH_FORMS = FormTable.read("en-forms.txt");

    private final Map<String, Analyzer> text;
    private final Map<String, Analyzer> query;
    private final Analyzer exact;
    private final LemmaCache lemmas = new LemmaCache();
    private final LemmaCache headwords = new LemmaCache();

    public LanguageAnalyzers() {
        exact = folded(null, true, UnaryOperator.identity()); // no Uzbek char filter: 'radio' must stay radio
        // the text fields whose analysis before the language step is exact's record it for exact (TokenTape)
        text = Map.of(
                "ru",
                recording(in -> new RussianLemmaFilter(in, RussianDictionary.get(), lemmas)),
                "en",
                folded(null, false, LanguageAnalyzers::english),
                "kk",
                recording(in -> TurkicStemming.stems("kk", in)),
                "ky",
                recording(in -> TurkicStemming.stems("ky", in)),
                "uz",
                folded(CharFolding.uzbek(), true, in -> TurkicStemming.stems("uz", in)),
                DEFAULT_LANGUAGE,
                recording(UnaryOperator.identity()));
        query = Map.of(
                "ru",
                folded(null, true, in -> new RussianLemmaFilter(in, RussianDictionary.get(), headwords, true)),
                "kk",
                folded(null, true, in -> TurkicStemming.query("kk", in)),
                "ky",
                folded(null, true, in -> TurkicStemming.query("ky", in)),
                "uz",
                folded(CharFolding.uzbek(), true, in -> TurkicStemming.query("uz", in)));
    }

    /**
     * The analyzer of the {@code text} field for a language code ("ru", "ru-RU", "RU", "rus" and "russian" all give
     * Russian). Unknown or null codes get case- and character-folded word forms without stemming, which never
     * over-matches and can be replaced once the document's language is known.
     */
    public Analyzer forLanguage(String lang) {
        return text.get(canonical(lang));
    }

    /**
     * The analyzer of a query word typed into the {@code text} field of a language: where the query side chooses
     * differently from the index side (a Russian headword searches its own forms), this differs from
     * {@link #forLanguage(String)}; otherwise it is the same analyzer.
     */
    public Analyzer forQuery(String lang) {
        return query.getOrDefault(canonical(lang), forLanguage(lang));
    }

    /** The analyzer of the {@code exact} field: the same folding (case, ё, apostrophes), no stemming, in every language. */
    public Analyzer exact() {
        return exact;
    }

    /** "ru-RU" → "ru", "kaz" → "kk"; anything without its own analyzer → {@link #DEFAULT_LANGUAGE}. */
    public static String canonical(String lang) {
        if (lang == null) {
            return DEFAULT_LANGUAGE;
        }
        String l = lang.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        switch (l) {
            case "ru":
            case "rus":
            case "russian":
                return "ru";
            case "en":
            case "eng":
            case "english":
                return "en";
            case "kk":
            case "kaz":
            case "kazakh":
                return "kk";
            case "ky":
            case "kir":
            case "kyrgyz":
            case "kirghiz":
                return "ky";
            case "uz":
            case "uzb":
            case "uzbek":
                return "uz";
            default:
                return DEFAULT_LANGUAGE;
        }
    }

    /**
     * KStem leaves some plurals alone (years, books), so the plural-only minimal stemmer follows it; the table of
     * irregular forms (was → be, took → take, them → they) runs first. Chosen on EWT dev (docs/search-quality.md).
     */
    private static TokenStream english(TokenStream in) {
        return new EnglishMinimalStemFilter(new LazyKStemFilter(ENGLISH_FORMS.apply(new EnglishPossessiveFilter(in))));
    }

    private static Analyzer folded(NormalizeCharMap folding, boolean apostrophes, UnaryOperator<TokenStream> step) {
        return new FoldingAnalyzer(folding, apostrophes, step);
    }

    /** Exact's analysis (no char filter, apostrophes folded), recorded for exact, then {@code step}. */
    private static Analyzer recording(UnaryOperator<TokenStream> step) {
        return new FoldingAnalyzer(null, true, step, true);
    }

    /** Russian word forms whose lemmas are cached for all threads. */
    int cachedForms() {
        return lemmas.size();
    }

    @Override
    public void close() {
        text.values().forEach(Analyzer::close);
        query.values().forEach(Analyzer::close);
        exact.close();
    }
}
