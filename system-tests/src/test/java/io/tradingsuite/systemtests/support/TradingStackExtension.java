package io.tradingsuite.systemtests.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Provides the {@link TradingStack} to test methods and constructors, starting it on first use and stopping it
 * when the whole test run ends (it lives in the root context's store, so every test class shares one stack).
 */
public final class TradingStackExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(TradingStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TradingStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return stack(context);
    }

    /** The run's stack, started on the first call; a failed start is remembered so later tests fail at once. */
    public static TradingStack stack(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(StartedStack.class, type -> StartedStack.start(), StartedStack.class)
                .stackOrThrow();
    }

    /** The outcome of the one start attempt of a run; closing it stops the stack. */
    private record StartedStack(TradingStack stack, RuntimeException failure) implements AutoCloseable {

        static StartedStack start() {
            try {
                return new StartedStack(TradingStack.start(), null);
            } catch (RuntimeException e) {
                return new StartedStack(null, e);
            }
        }

        TradingStack stackOrThrow() {
            if (failure != null) {
                throw new IllegalStateException("The trading stack failed to start for this run", failure);
            }
            return stack;
        }

        @Override
        public void close() {
            if (stack != null) {
                stack.close();
            }
        }
    }
}
