/** RFC 7807 problem responses written by the gateway itself (401, 403, 429, 503, ...). */
package com.trustpay.gateway.problem;
