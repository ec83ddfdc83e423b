/** The routing policy: rules and health in, a provider and the reason out. */
package com.trustpay.payment.routing.domain;
