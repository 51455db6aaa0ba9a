package io.tradingsuite.portfolio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Only the messaging package touches Kafka; the web layer reads through the ledger, never through messaging. */
@AnalyzeClasses(packages = "io.tradingsuite.portfolio", importOptions = ArchitectureRulesTest.ProductionClassesOnly.class)
class ArchitectureRulesTest {

    @ArchTest
    static final ArchRule onlyMessagingTouchesKafka = noClasses()
            .that().resideOutsideOfPackage("io.tradingsuite.portfolio.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

    @ArchTest
    static final ArchRule webDoesNotUseMessaging = noClasses()
            .that().resideInAPackage("io.tradingsuite.portfolio.web..")
            .should().dependOnClassesThat().resideInAPackage("io.tradingsuite.portfolio.messaging..");

    @ArchTest
    static final ArchRule ledgerDoesNotDependOnAdapters = noClasses()
            .that().resideInAPackage("io.tradingsuite.portfolio.ledger..")
            .should().dependOnClassesThat().resideInAnyPackage("io.tradingsuite.portfolio.web..", "io.tradingsuite.portfolio.messaging..");

    /**
     * Production classes only. ArchUnit's {@code DoNotIncludeTests} looks for {@code /target/test-classes/}, which
     * misses builds with another output folder ({@code -Dts.target=target-x}).
     */
    static final class ProductionClassesOnly implements ImportOption {

        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }
}
