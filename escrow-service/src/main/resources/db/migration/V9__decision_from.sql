-- Issue 18 item 4: an admin's decision says what it decided — a dispute, a release that failed for good, or a payout
-- the bank returned (ADR 0014, whose decision is now kept like the others) — so the parties' page names it right.

ALTER TABLE escrow
    ADD COLUMN decision_from TEXT CHECK (decision_from IN ('DISPUTED', 'RELEASE_FAILED', 'PAYOUT_REVERSED'));

-- Decisions kept before V9 were all made by /resolve: the history row of the latest one says the status it ended
-- (a DisputeResolved row stays in its status, so from_status is that status).
UPDATE escrow e
   SET decision_from = COALESCE(
           (SELECT h.from_status
              FROM escrow_history h
             WHERE h.escrow_id = e.id AND h.type = 'DisputeResolved'
               AND h.from_status IN ('DISPUTED', 'RELEASE_FAILED')
             ORDER BY h.id DESC
             LIMIT 1),
           'DISPUTED')
 WHERE e.decision_outcome IS NOT NULL;

ALTER TABLE escrow
    ADD CONSTRAINT escrow_decision_from_whole CHECK ((decision_outcome IS NULL) = (decision_from IS NULL));
