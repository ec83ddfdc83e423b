/**
 * What a failure is called, in plain Java so that domain and use-case code can raise one: the
 * {@link com.trustpay.platform.problem.ProblemException} with its kind and stable code, the generic codes every
 * service shares ({@link com.trustpay.platform.problem.ProblemCodes}) and the field errors of a refused input.
 * How a problem is written to HTTP lives in {@code com.trustpay.platform.web}.
 */
package com.trustpay.platform.problem;
