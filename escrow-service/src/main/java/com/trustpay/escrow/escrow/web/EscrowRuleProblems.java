package com.trustpay.escrow.escrow.web;

import com.trustpay.escrow.escrow.domain.EscrowRuleException;
import com.trustpay.platform.problem.InvalidField;
import com.trustpay.platform.problem.ProblemException;
import com.trustpay.platform.web.Problem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The web edge of the escrow's own refusals: each {@link EscrowRuleException} becomes problem JSON with the
 * refusal's stable code, its detail, the refused field when there is one, and the HTTP status of its kind. This
 * is the only place that knows those statuses; the domain does not.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EscrowRuleProblems {

    @ExceptionHandler(EscrowRuleException.class)
    ResponseEntity<Problem> refused(EscrowRuleException e, HttpServletRequest request) {
        return Problem.of(asProblem(e)).at(request.getRequestURI()).toResponseEntity();
    }

    /** The problem a refusal stands for. */
    static ProblemException asProblem(EscrowRuleException e) {
        ProblemException.Kind kind =
                switch (e.kind()) {
                    case INVALID_INPUT -> ProblemException.Kind.INVALID;
                    case UNACCEPTABLE_CONTENT -> ProblemException.Kind.UNPROCESSABLE;
                    case NOT_PERMITTED -> ProblemException.Kind.FORBIDDEN;
                    case WRONG_STATUS, CONFLICT -> ProblemException.Kind.CONFLICT;
                    case CODE_GONE -> ProblemException.Kind.GONE;
                };
        List<InvalidField> fields =
                e.field() == null ? List.of() : List.of(new InvalidField(e.field(), e.getMessage()));
        return new ProblemException(kind, e.code(), e.getMessage(), fields);
    }
}
