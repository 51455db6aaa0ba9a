package io.tradingsuite.common.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the caller's {@code X-Correlation-Id} (or makes one), puts it in the logging MDC for the request and echoes
 * it in the response, so a REST call and the events it causes share one id in the logs.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(CorrelationIds.HTTP_HEADER);
        String correlationId = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        CorrelationIds.set(correlationId);
        response.setHeader(CorrelationIds.HTTP_HEADER, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            CorrelationIds.clear();
        }
    }
}
