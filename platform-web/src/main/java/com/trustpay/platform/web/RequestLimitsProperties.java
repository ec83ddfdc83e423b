package com.trustpay.platform.web;

import com.trustpay.platform.problem.ProblemCodes;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * How much a client may send ({@code trustpay.web.*}).
 *
 * @param maxBodySize the largest request body taken on {@code bodyLimitPaths} (env {@code TRUSTPAY_WEB_MAX_BODY_SIZE},
 *     64 KiB by default); a larger one is a 413 problem, before it is read in full
 * @param bodyLimitPaths the path prefixes the limit applies to (the public API; webhooks keep their own limit)
 */
@ConfigurationProperties("trustpay.web")
public record RequestLimitsProperties(
        @DefaultValue("64KB") DataSize maxBodySize,
        @DefaultValue("/api/") List<String> bodyLimitPaths) {

    /** Whether the body limit applies to this (decoded) path. */
    public boolean limits(String path) {
        return bodyLimitPaths.stream().anyMatch(path::startsWith);
    }

    /** The problem for a body over the limit. */
    public Problem tooLarge() {
        return Problem.of(
                HttpStatus.CONTENT_TOO_LARGE,
                ProblemCodes.PAYLOAD_TOO_LARGE,
                "The request body may have at most " + maxBodySize.toBytes() + " bytes");
    }
}
