package org.caravanqda.search;

import org.apache.lucene.analysis.Analyzer;
import org.caravanqda.search.analysis.LanguageAnalyzers;

/**
 * The analyzers of the text and exact fields, one instance per language, shared by index and
 * queries: the measured per-language analysis of search/analysis (docs/search-quality.md).
 */
final class TextAnalyzers {
    private final LanguageAnalyzers languages = new LanguageAnalyzers();

    Analyzer forLanguage(String language) {
        return languages.forLanguage(language);
    }

    /** The analyzer of query words in a language's text field (a Russian headword searches its own forms). */
    Analyzer forQuery(String language) {
        return languages.forQuery(language);
    }

    Analyzer exact() {
        return languages.exact();
    }
}
