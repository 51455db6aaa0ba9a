package io.tradingsuite.risk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.tradingsuite.risk", importOptions = OnlyMessagingTouchesKafkaTest.ProductionClasses.class)
class OnlyMessagingTouchesKafkaTest {

    /** Main classes only, whatever the build output folder is called ({@code -Dts.target=...}). */
    static final class ProductionClasses implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule kafkaStaysInTheMessagingPackage = noClasses()
            .that().resideOutsideOfPackage("io.tradingsuite.risk.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

    @ArchTest
    static final ArchRule nothingDependsOnTheWebLayer = noClasses()
            .that().resideOutsideOfPackage("io.tradingsuite.risk.web..")
            .should().dependOnClassesThat().resideInAPackage("io.tradingsuite.risk.web..");
}
