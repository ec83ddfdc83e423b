/** The identity feature's Kafka edge: what other services learn about accounts ({@code identity.events}). */
package com.trustpay.escrow.identity.messaging;
