package org.caravanqda.search.analysis;

import java.util.List;

/** Which UD files are tuning and which are test data, per language (SEARCH-QUALITY.md's protocol). */
enum UdCorpora {
    RU(
            "ru",
            List.of("ru_gsd-ud-dev.conllu", "ru_taiga-ud-dev.conllu"),
            List.of("ru_gsd-ud-test.conllu", "ru_taiga-ud-test.conllu")),
    EN("en", List.of("en_ewt-ud-dev.conllu"), List.of("en_ewt-ud-test.conllu")),
    /** Kazakh's own train split has 390 tokens: settings were chosen on it together with the Kyrgyz train split. */
    KK("kk", List.of("kk_ktb-ud-train.conllu"), List.of("kk_ktb-ud-test.conllu")),
    KY("ky", List.of("ky_ktmu-ud-train.conllu"), List.of("ky_ktmu-ud-test.conllu", "ky_tuecl-ud-test.conllu")),
    /** UzUDT test has almost no real lemmas (90% equal the form): the Uzbek test set is UT. */
    UZ("uz", List.of("uz_uzudt-ud-train.conllu"), List.of("uz_ut-ud-test.conllu"));

    final String lang;
    final List<String> tuning;
    final List<String> test;

    UdCorpora(String lang, List<String> tuning, List<String> test) {
        this.lang = lang;
        this.tuning = tuning;
        this.test = test;
    }
}
