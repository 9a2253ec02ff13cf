package org.caravanqda;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The layers of docs/architecture.md, kept: each rule says why it exists. */
@AnalyzeClasses(packages = "org.caravanqda", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] ADAPTERS = {
        "org.caravanqda.store..",
        "org.caravanqda.search..",
        "org.caravanqda.io..",
        "org.caravanqda.ipc..",
        "org.caravanqda.gui..",
        "org.caravanqda.cli.."
    };

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.caravanqda.(**)")
            .should()
            .beFreeOfCycles()
            .because("a package that reaches back into its callers cannot be understood, tested or moved alone; "
                    + "shared types go one level down (app/common, app/access, app/port), never up");

    @ArchTest
    static final ArchRule modelImportsNothingOfOurs = noClasses()
            .that()
            .resideInAPackage("org.caravanqda.model..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.caravanqda.app..",
                    "org.caravanqda.analysis..",
                    "org.caravanqda.store..",
                    "org.caravanqda.search..",
                    "org.caravanqda.io..",
                    "org.caravanqda.cli..",
                    "org.caravanqda.gui..")
            .because("the model (documents, spans, codes, codings) is what every layer shares; it must not change "
                    + "when a use case or an adapter does");

    @ArchTest
    static final ArchRule modelUsesTheJdkOnly = noClasses()
            .that()
            .resideInAPackage("org.caravanqda.model..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("org.caravanqda.model..", "java..")
            .because("records and invariants need no library, and a library type in the model would leak into "
                    + "every layer (JabRef's model holds a Lucene Analyzer: we do not copy that)");

    @ArchTest
    static final ArchRule utilImportsNothingOfOurs = noClasses()
            .that()
            .resideInAPackage("org.caravanqda.util..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.caravanqda.model..",
                    "org.caravanqda.analysis..",
                    "org.caravanqda.app..",
                    "org.caravanqda.store..",
                    "org.caravanqda.search..",
                    "org.caravanqda.io..",
                    "org.caravanqda.cli..",
                    "org.caravanqda.gui..")
            .because("util is the floor every layer, adapters included, may stand on (one way to write a file "
                    + "atomically); a helper that reached up into a layer would tie all the others to it");

    @ArchTest
    static final ArchRule utilUsesTheJdkOnly = noClasses()
            .that()
            .resideInAPackage("org.caravanqda.util..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("org.caravanqda.util..", "java..")
            .because("a library type in util would reach every layer through it, the model's rule in reverse: "
                    + "the technologies live in their adapters");

    @ArchTest
    static final ArchRule analysisImportsModelOnly = noClasses()
            .that()
            .resideInAPackage("org.caravanqda.analysis..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.caravanqda.app..",
                    "org.caravanqda.store..",
                    "org.caravanqda.search..",
                    "org.caravanqda.io..",
                    "org.caravanqda.cli..",
                    "org.caravanqda.gui..")
            .because("agreement statistics and tables are pure computations over the model, tested on published "
                    + "examples without a project");

    @ArchTest
    static final ArchRule appImportsNoAdapter = noClasses()
            .that()
            .resideInAPackage("org.caravanqda.app..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ADAPTERS)
            .because("use cases talk to H2, Lucene, files and windows through the ports in app, so an adapter "
                    + "(H2 or PostgreSQL, a file format) can change without touching them");

    @ArchTest
    static final ArchRule featuresDoNotReachTheWiring = noClasses()
            .that()
            .resideInAPackage("org.caravanqda.app.*..")
            .and()
            .resideOutsideOfPackage("org.caravanqda.bench..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.caravanqda.app")
            .because("app's root holds only the wiring (Caravan, Project, Adapters) that builds the feature "
                    + "services; a feature that called back into it would make a cycle");

    @ArchTest
    static final ArchRule noTechnologyInModelOrApp = noClasses()
            .that()
            .resideInAnyPackage("org.caravanqda.model..", "org.caravanqda.app..", "org.caravanqda.analysis..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..",
                    "java.sql..",
                    "javax.sql..",
                    "org.apache.lucene..",
                    "org.apache.poi..",
                    "org.h2..",
                    "org.flywaydb..",
                    "picocli..")
            .because("the technologies live in their adapters; the use cases stay testable and portable "
                    + "(team projects put PostgreSQL where H2 is)");

    @ArchTest
    static final ArchRule storeIsAlone = noClasses()
            .that()
            .resideInAPackage("org.caravanqda.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.caravanqda.search..", "org.caravanqda.io..", "org.caravanqda.cli..", "org.caravanqda.gui..")
            .because("adapters meet only in Main; the store knows nothing of the index it feeds");

    @ArchTest
    static final ArchRule searchIsAlone = noClasses()
            .that()
            .resideInAPackage("org.caravanqda.search..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.caravanqda.store..", "org.caravanqda.io..", "org.caravanqda.cli..", "org.caravanqda.gui..")
            .allowEmptyShould(true)
            .because("the index is derived from what app hands it, never read from the database behind app's back");

    @ArchTest
    static final ArchRule ioIsAlone = noClasses()
            .that()
            .resideInAPackage("org.caravanqda.io..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.caravanqda.store..", "org.caravanqda.search..", "org.caravanqda.cli..", "org.caravanqda.gui..")
            .because("file formats read and write values; they never open the project themselves");

    @ArchTest
    static final ArchRule cliAndGuiUseAppAndModelOnly = noClasses()
            .that()
            .resideInAnyPackage("org.caravanqda.cli..", "org.caravanqda.gui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.caravanqda.store..", "org.caravanqda.search..", "org.caravanqda.io..", "org.caravanqda.ipc..")
            .allowEmptyShould(true)
            .because("the command line and the window do the same things through the same use cases, so their "
                    + "figures cannot differ");

    @ArchTest
    static final ArchRule ipcIsAlone = noClasses()
            .that()
            .resideInAPackage("org.caravanqda.ipc..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.caravanqda.store..",
                    "org.caravanqda.search..",
                    "org.caravanqda.io..",
                    "org.caravanqda.cli..",
                    "org.caravanqda.gui..")
            .because("the window's command channel carries command lines and what they print; it runs them "
                    + "through the app port WindowChannel, never the command line or the window themselves");

    @ArchTest
    static final ArchRule cliNeverImportsGui = noClasses()
            .that()
            .resideInAPackage("org.caravanqda.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.caravanqda.gui..")
            .because("the command line must run where JavaFX cannot load (servers, scripts); the window opens "
                    + "through the app port Desktop");

    @ArchTest
    static final ArchRule guiNeverImportsCli = noClasses()
            .that()
            .resideInAPackage("org.caravanqda.gui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.caravanqda.cli..")
            .because("what the window needs from a command belongs in a use case both can call");

    @ArchTest
    static final ArchRule noTwoClassesShareASimpleName = classes()
            .that()
            .areTopLevelClasses()
            .should(haveASimpleNameNoOtherClassHas())
            .because("a class is found, discussed and read in stack traces by its simple name; two of one name "
                    + "(two CodedDocuments, one of the tables and one of agreement) send a reader, an IDE's "
                    + "auto-import or a reviewer to the wrong one");

    private static ArchCondition<JavaClass> haveASimpleNameNoOtherClassHas() {
        return new ArchCondition<>("have a simple name no other class of ours has") {
            private final Map<String, Collection<String>> byName = new TreeMap<>();

            @Override
            public void init(Collection<JavaClass> all) {
                all.forEach(c -> byName.computeIfAbsent(c.getSimpleName(), n -> new TreeSet<>())
                        .add(c.getName()));
            }

            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Collection<String> same = byName.getOrDefault(c.getSimpleName(), java.util.Set.of(c.getName()));
                boolean unique = same.size() <= 1;
                events.add(new SimpleConditionEvent(
                        c,
                        unique,
                        c.getName()
                                + (unique
                                        ? " has its own simple name"
                                        : " shares its simple name with "
                                                + same.stream()
                                                        .filter(n -> !n.equals(c.getName()))
                                                        .toList())));
            }
        };
    }

    @ArchTest
    static final ArchRule systemOutOnlyInTheCli = noClasses()
            .that()
            .resideOutsideOfPackage("org.caravanqda.cli..")
            .and()
            .doNotHaveFullyQualifiedName("org.caravanqda.Main")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .because("only the command line owns the terminal; everything else reports through return values, "
                    + "exceptions and the log");
}
