package com.trustpay.platform.web.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.platform.web.Problem;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

class ProblemErrorControllerTest {

    private final ProblemErrorController controller = new ProblemErrorController();

    @Test
    void aClientErrorKeepsItsStatusAndMessage() {
        MockHttpServletRequest request = errorDispatch(404, "/nowhere");
        request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "Nothing here");

        ResponseEntity<Problem> response = controller.error(request);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        Problem problem = response.getBody();
        assertThat(problem.code()).isEqualTo("NOT_FOUND");
        assertThat(problem.detail()).isEqualTo("Nothing here");
        assertThat(problem.instance()).isEqualTo("/nowhere");
    }

    @Test
    void aServerErrorNamesNoCause() {
        MockHttpServletRequest request = errorDispatch(500, "/webhooks/setu");
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret"));
        request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "secret");

        Problem problem = controller.error(request).getBody();

        assertThat(problem.code()).isEqualTo("INTERNAL_ERROR");
        assertThat(problem.detail()).doesNotContain("secret");
    }

    @Test
    void withoutAnErrorStatusItIsAServerError() {
        Problem problem =
                controller.error(new MockHttpServletRequest("GET", "/error")).getBody();

        assertThat(problem.status()).isEqualTo(500);
    }

    private static MockHttpServletRequest errorDispatch(int status, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
        return request;
    }
}
