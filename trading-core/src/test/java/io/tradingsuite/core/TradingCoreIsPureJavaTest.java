package io.tradingsuite.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * trading-core is the domain that live services and backtests share, so it stays free of frameworks and I/O:
 * no Spring, no Kafka, no JDBC, no service code.
 */
@AnalyzeClasses(packages = "io.tradingsuite.core", importOptions = ImportOption.DoNotIncludeTests.class)
class TradingCoreIsPureJavaTest {

    @ArchTest
    static final ArchRule noSpring = noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
            .because("trading-core must run inside a backtest without a container");

    @ArchTest
    static final ArchRule noKafka = noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..")
            .because("messaging is an adapter concern of the services");

    @ArchTest
    static final ArchRule noJdbc = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..", "jakarta.persistence..")
            .because("persistence is an adapter concern of the services");

    @ArchTest
    static final ArchRule noServiceCode = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.tradingsuite.marketdata..", "io.tradingsuite.bot..", "io.tradingsuite.risk..",
                    "io.tradingsuite.execution..", "io.tradingsuite.portfolio..", "io.tradingsuite.gateway..")
            .because("services depend on the core, never the other way round");

    @ArchTest
    static final ArchRule noSpringPartsOfCommon = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.tradingsuite.common.messaging..", "io.tradingsuite.common.security..",
                    "io.tradingsuite.common.web..", "io.tradingsuite.common.config..")
            .because("only common's plain-Java parts (types, events, validation) belong in the domain");
}
