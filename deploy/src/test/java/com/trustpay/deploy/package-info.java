/**
 * Offline checks of the deployment files: the compose file through {@code docker-compose config}, both Kubernetes
 * overlays through {@code kubectl kustomize}, the alert rules through {@code promtool}, then the rules this suite
 * holds its deployments to (probes, limits, non-root, secrets by name only, network policies, Kafka ACLs, backups).
 * {@link com.trustpay.deploy.Tools} runs the tools; a missing one fails the build under CI.
 */
package com.trustpay.deploy;
