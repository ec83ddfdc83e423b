/**
 * The UI's "Simulate payment" control for local runs against the sandbox: {@code POST /sandbox-pay} pays a Dynamic
 * QR or collect through the sandbox's mock payer action, with a Setu token the gateway fetches itself. Off unless
 * {@code trustpay.sandbox.enabled} is true; never enable it in front of real Setu.
 */
package com.trustpay.gateway.sandbox;
