package com.trustpay.sandbox.setu.auth;

import com.trustpay.sandbox.setu.common.SetuError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requires {@code Authorization: Bearer <token>} (401 otherwise) and a {@code merchantId} header equal to the
 * token's merchant (403 otherwise) on every {@code /api/**} call.
 */
class MerchantAuthInterceptor implements HandlerInterceptor {

    /** Request attribute holding the authenticated merchant id. */
    static final String MERCHANT = "sandbox.setu.merchantId";

    private final JwtService jwt;
    private final JsonMapper json = JsonMapper.builder().build();

    MerchantAuthInterceptor(JwtService jwt) {
        this.jwt = jwt;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        String header = request.getHeader("Authorization");
        Optional<String> owner = header != null && header.startsWith("Bearer ")
                ? jwt.verify(header.substring(7).trim())
                : Optional.empty();
        if (owner.isEmpty()) {
            return reject(response, 401, new SetuError("unauthorized", "missing, invalid or expired token", ""));
        }
        String merchantId = request.getHeader("merchantId");
        if (merchantId == null || !merchantId.equals(owner.get())) {
            return reject(response, 403, new SetuError("forbidden", "merchantId does not match the token", ""));
        }
        request.setAttribute(MERCHANT, merchantId);
        return true;
    }

    private boolean reject(HttpServletResponse response, int status, SetuError error) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(error));
        return false;
    }
}
