package org.caravanqda.search.analysis;

/** Development tool: prints index and query terms of words: TermsShow LANG word... */
final class TermsShow {
    public static void main(String[] args) {
        try (LanguageAnalyzers a = new LanguageAnalyzers()) {
            for (int i = 1; i < args.length; i++) {
                System.out.println(args[i] + " index " + Terms.ofWord(a.forLanguage(args[0]), args[i]) + " query "
                        + Terms.ofWord(a.forQuery(args[0]), args[i]));
            }
        }
    }
}
