package io.tradingsuite.systemtests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Architecture as a test, over every module's production classes (system-tests has them all on its classpath):
 * services never depend on each other (they talk over Kafka and REST only), only a service's {@code messaging}
 * package touches Kafka, and the domain core stays free of frameworks.
 */
@AnalyzeClasses(packages = "io.tradingsuite", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    private static final String[] SERVICES = {"io.tradingsuite.marketdata..", "io.tradingsuite.bot..",
        "io.tradingsuite.risk..", "io.tradingsuite.execution..", "io.tradingsuite.portfolio..", "io.tradingsuite.gateway.."};

    @ArchTest
    static final ArchRule servicesDoNotDependOnEachOther = slices()
            .matching("io.tradingsuite.(marketdata|bot|risk|execution|portfolio|gateway)..")
            .should().notDependOnEachOther()
            .because("each service owns its data and talks to others only through Kafka topics and REST");

    @ArchTest
    static final ArchRule onlyMessagingPackagesTouchKafka = noClasses()
            .that().resideInAnyPackage(SERVICES)
            .and().resideOutsideOfPackage("..messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
            .because("Kafka is an adapter: domain and web code must not know about it");

    @ArchTest
    static final ArchRule coreIsFrameworkFree = noClasses()
            .that().resideInAPackage("io.tradingsuite.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..", "java.sql..",
                    "javax.sql..")
            .because("trading-core is shared by live services and backtests");

    @ArchTest
    static final ArchRule coreDoesNotDependOnServices = noClasses()
            .that().resideInAPackage("io.tradingsuite.core..")
            .should().dependOnClassesThat().resideInAnyPackage(SERVICES);

    @ArchTest
    static final ArchRule commonDoesNotDependOnServicesOrCore = noClasses()
            .that().resideInAPackage("io.tradingsuite.common..")
            .should().dependOnClassesThat().resideInAnyPackage("io.tradingsuite.core..", "io.tradingsuite.marketdata..",
                    "io.tradingsuite.bot..", "io.tradingsuite.risk..", "io.tradingsuite.execution..",
                    "io.tradingsuite.portfolio..", "io.tradingsuite.gateway..")
            .because("common is the shared kernel: nothing service-specific");
}
