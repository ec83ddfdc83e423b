package com.trustpay.webhook.bench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /bench/noop} reads the body and answers; {@code POST /bench/insert} also inserts it as one row in its
 * own transaction. A plain servlet on the same Tomcat, virtual threads, filters and connection pool as the webhook
 * servlet, so the bench compares like with like. The table {@code bench.probe} belongs to the bench, not to the
 * service's schema: {@code run.sh} creates it in its throw-away database (Flyway manages only {@code public}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("webhook.bench-probes.enabled")
class BenchProbes {

    @Bean
    ServletRegistrationBean<ProbeServlet> benchProbeServlet(JdbcTemplate jdbc) {
        ServletRegistrationBean<ProbeServlet> registration =
                new ServletRegistrationBean<>(new ProbeServlet(jdbc), "/bench/*");
        registration.setName("bench-probes");
        return registration;
    }

    static final class ProbeServlet extends HttpServlet {

        @Serial
        private static final long serialVersionUID = 1L;

        private final transient JdbcTemplate jdbc;

        ProbeServlet(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            byte[] body = request.getInputStream().readAllBytes();
            switch (String.valueOf(request.getPathInfo())) {
                case "/noop" -> {}
                case "/insert" -> jdbc.update("INSERT INTO bench.probe (body) VALUES (?)", (Object) body);
                default -> {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
            }
            byte[] answer = ("{\"bytes\":" + body.length + "}").getBytes(StandardCharsets.US_ASCII);
            response.setContentType("application/json");
            response.setContentLength(answer.length);
            response.getOutputStream().write(answer);
        }
    }
}
