package io.tradingsuite.common.security;

import io.tradingsuite.common.error.ErrorCode;
import io.tradingsuite.common.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 from the security filter chain as problem details (never an HTML page or a stack trace). */
final class ProblemSecurityHandlers {

    private ProblemSecurityHandlers() {
    }

    static AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> write(response, 401, ErrorCode.AUTH_UNAUTHENTICATED,
                "Valid credentials are required: a bearer token issued by the gateway");
    }

    static AccessDeniedHandler accessDenied() {
        return (request, response, e) -> write(response, 403, ErrorCode.AUTH_FORBIDDEN, "Your role does not allow this request");
    }

    private static void write(HttpServletResponse response, int status, ErrorCode code, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(Problems.json(status, code, detail));
    }
}
