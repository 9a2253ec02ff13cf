package org.caravanqda;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of DESIGN.md, kept. */
@AnalyzeClasses(packages = "org.caravanqda", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] ADAPTERS = {"org.caravanqda.store..", "org.caravanqda.search..",
        "org.caravanqda.io..", "org.caravanqda.gui..", "org.caravanqda.cli.."};

    @ArchTest
    static final ArchRule modelImportsNothingOfOurs = noClasses().that().resideInAPackage("org.caravanqda.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.caravanqda.app..", "org.caravanqda.analysis..",
                    "org.caravanqda.store..", "org.caravanqda.search..", "org.caravanqda.io..", "org.caravanqda.cli..",
                    "org.caravanqda.gui..");

    @ArchTest
    static final ArchRule modelUsesTheJdkOnly = noClasses().that().resideInAPackage("org.caravanqda.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.caravanqda.model..", "java..");

    @ArchTest
    static final ArchRule analysisImportsModelOnly = noClasses().that().resideInAPackage("org.caravanqda.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.caravanqda.app..", "org.caravanqda.store..",
                    "org.caravanqda.search..", "org.caravanqda.io..", "org.caravanqda.cli..", "org.caravanqda.gui..");

    @ArchTest
    static final ArchRule appImportsNoAdapter = noClasses().that().resideInAPackage("org.caravanqda.app..")
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS);

    @ArchTest
    static final ArchRule noTechnologyInModelOrApp = noClasses().that()
            .resideInAnyPackage("org.caravanqda.model..", "org.caravanqda.app..", "org.caravanqda.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                    "org.apache.lucene..", "org.apache.poi..", "org.h2..", "org.flywaydb..", "picocli..");

    @ArchTest
    static final ArchRule storeIsAlone = noClasses().that().resideInAPackage("org.caravanqda.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.caravanqda.search..", "org.caravanqda.io..",
                    "org.caravanqda.cli..", "org.caravanqda.gui..");

    @ArchTest
    static final ArchRule searchIsAlone = noClasses().that().resideInAPackage("org.caravanqda.search..")
            .should().dependOnClassesThat().resideInAnyPackage("org.caravanqda.store..", "org.caravanqda.io..",
                    "org.caravanqda.cli..", "org.caravanqda.gui..").allowEmptyShould(true);

    @ArchTest
    static final ArchRule ioIsAlone = noClasses().that().resideInAPackage("org.caravanqda.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.caravanqda.store..", "org.caravanqda.search..",
                    "org.caravanqda.cli..", "org.caravanqda.gui..");

    @ArchTest
    static final ArchRule cliAndGuiUseAppAndModelOnly = noClasses().that()
            .resideInAnyPackage("org.caravanqda.cli..", "org.caravanqda.gui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.caravanqda.store..", "org.caravanqda.search..",
                    "org.caravanqda.io..").allowEmptyShould(true);

    @ArchTest
    static final ArchRule systemOutOnlyInTheCli = noClasses().that().resideOutsideOfPackage("org.caravanqda.cli..")
            .and().doNotHaveFullyQualifiedName("org.caravanqda.Main")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}
