package org.caravanqda.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/** The analyzers of the text and exact fields, one instance per language, shared by index and queries. */
final class TextAnalyzers {
    private final Analyzer ru = new RussianAnalyzer(CharArraySet.EMPTY_SET);
    private final Analyzer en = new EnglishAnalyzer(CharArraySet.EMPTY_SET);
    private final Analyzer other = new StandardAnalyzer(CharArraySet.EMPTY_SET);

    Analyzer forLanguage(String language) {
        return switch (language) {
            case "ru" -> ru;
            case "en" -> en;
            default -> other;
        };
    }

    Analyzer exact() {
        return other;
    }
}
