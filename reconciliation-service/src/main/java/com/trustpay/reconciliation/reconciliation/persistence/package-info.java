/** SQL over the projections, the runs and the mismatches (plain JDBC; the schema is in db/migration). */
package com.trustpay.reconciliation.reconciliation.persistence;
