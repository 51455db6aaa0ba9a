package io.tradingsuite.systemtests.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an end-to-end test class: it gets the shared {@link TradingStack} as a parameter (constructor,
 * {@code @BeforeAll} or test method) and talks to it only through the gateway.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TradingStackExtension.class)
@Tag("system")
public @interface SystemTest {
}
