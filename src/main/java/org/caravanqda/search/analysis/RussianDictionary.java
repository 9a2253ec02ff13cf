package org.caravanqda.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import morfologik.stemming.Dictionary;

/**
 * The AOT Russian morphology dictionary (LGPL), read unmodified from LanguageTool's language-ru jar: about 5 million
 * word forms with their lemmas, suppletion included (людей → человек, лет → год, шли → идти). Loaded once, on first
 * use; a {@link Dictionary} is immutable and shared by all threads (each token stream keeps its own lookup).
 */
final class RussianDictionary {
    static final String RESOURCE = "org/languagetool/resource/ru/russian.dict";
    /** Its synthesis twin: "lemma|tag" -> word form (names' declensions, RussianNameForms). */
    static final String SYNTH_RESOURCE = "org/languagetool/resource/ru/russian_synth.dict";

    private RussianDictionary() {}

    static Dictionary get() {
        return Holder.DICTIONARY;
    }

    static Dictionary synth() {
        return SynthHolder.DICTIONARY;
    }

    private static final class Holder {
        static final Dictionary DICTIONARY = load(RESOURCE);
    }

    private static final class SynthHolder {
        static final Dictionary DICTIONARY = load(SYNTH_RESOURCE);
    }

    private static Dictionary load(String resource) {
        URL url = RussianDictionary.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(
                    resource + " is not on the classpath (dependency org.languagetool:language-ru)");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
