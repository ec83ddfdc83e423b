-- Issue 18 item 3 (ADR 0021): an escrow released in milestones, and an admin's split of a dispute.

-- One row per milestone. The payer pays the escrow's whole amount once; each milestone is then confirmed by both
-- parties and paid out on its own (its own ReleaseFunds, its own payout at payment-service).
CREATE TABLE escrow_milestone (
    escrow_id        UUID        NOT NULL REFERENCES escrow (id),
    number           INT         NOT NULL CHECK (number BETWEEN 1 AND 10),
    title            TEXT        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 100),
    amount_paise     BIGINT      NOT NULL CHECK (amount_paise >= 100),
    status           TEXT        NOT NULL
        CHECK (status IN ('HELD', 'RELEASING', 'RELEASE_FAILED', 'PAID', 'REFUNDED', 'SPLIT')),
    payer_confirmed  BOOLEAN     NOT NULL DEFAULT false,
    payee_confirmed  BOOLEAN     NOT NULL DEFAULT false,
    release_round    INT         NOT NULL DEFAULT 0 CHECK (release_round >= 0),
    payout_reference TEXT,
    payout_utr       TEXT,
    paid_at          TIMESTAMPTZ,
    PRIMARY KEY (escrow_id, number),
    -- a milestone is paid exactly when its payout's success was recorded
    CONSTRAINT escrow_milestone_paid CHECK ((status = 'PAID') = (paid_at IS NOT NULL)),
    -- its money leaves only after both parties confirmed it, or by an admin's decision or retry (round > 0)
    CONSTRAINT escrow_milestone_released_after_round CHECK (status <> 'RELEASING' OR release_round > 0)
);

-- One release per milestone: once a milestone is paid, nothing about its payout changes again — no second release,
-- no other payout reference, no refund of it. And the milestones released (under way, failed for now or paid) never
-- add up to more than the escrow's amount.
CREATE FUNCTION escrow_milestone_guard() RETURNS trigger AS $$
DECLARE
    released BIGINT;
    total    BIGINT;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status = 'PAID'
       AND (NEW.status <> 'PAID' OR NEW.paid_at IS DISTINCT FROM OLD.paid_at
            OR NEW.payout_reference IS DISTINCT FROM OLD.payout_reference
            OR NEW.release_round <> OLD.release_round OR NEW.amount_paise <> OLD.amount_paise) THEN
        RAISE EXCEPTION 'milestone % of escrow % was already paid: it is released once', OLD.number, OLD.escrow_id
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT COALESCE(SUM(amount_paise), 0) INTO released
      FROM escrow_milestone
     WHERE escrow_id = NEW.escrow_id AND number <> NEW.number
       AND status IN ('RELEASING', 'RELEASE_FAILED', 'PAID');
    IF NEW.status IN ('RELEASING', 'RELEASE_FAILED', 'PAID') THEN
        released := released + NEW.amount_paise;
    END IF;
    SELECT amount_paise INTO total FROM escrow WHERE id = NEW.escrow_id;
    IF released > total THEN
        RAISE EXCEPTION 'milestones of escrow % would release % paise of %', NEW.escrow_id, released, total
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER escrow_milestone_guard BEFORE INSERT OR UPDATE ON escrow_milestone
    FOR EACH ROW EXECUTE FUNCTION escrow_milestone_guard();

-- The milestones of an escrow add up to exactly its amount, checked when the creating transaction commits.
CREATE FUNCTION escrow_milestone_sum() RETURNS trigger AS $$
DECLARE
    planned BIGINT;
    total   BIGINT;
BEGIN
    SELECT COALESCE(SUM(amount_paise), 0) INTO planned FROM escrow_milestone WHERE escrow_id = NEW.escrow_id;
    SELECT amount_paise INTO total FROM escrow WHERE id = NEW.escrow_id;
    IF planned <> total THEN
        RAISE EXCEPTION 'milestones of escrow % add up to % paise, not %', NEW.escrow_id, planned, total
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER escrow_milestone_sum AFTER INSERT OR UPDATE OF amount_paise ON escrow_milestone
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION escrow_milestone_sum();

-- An admin's split: part to the payee, the rest back to the payer, both kept with the decision. Both parts are at
-- least 1 paisa and together no more than the escrow's amount.
ALTER TABLE escrow
    DROP CONSTRAINT escrow_decision_outcome_check,
    ADD CONSTRAINT escrow_decision_outcome_check
        CHECK (decision_outcome IN ('RELEASE_TO_PAYEE', 'REFUND_TO_PAYER', 'SPLIT')),
    ADD COLUMN decision_release_paise BIGINT,
    ADD COLUMN decision_refund_paise  BIGINT,
    ADD CONSTRAINT escrow_decision_split CHECK (
        (decision_outcome = 'SPLIT') = (decision_release_paise IS NOT NULL)
        AND (decision_release_paise IS NULL) = (decision_refund_paise IS NULL)
        AND (decision_release_paise IS NULL
             OR (decision_release_paise >= 1 AND decision_refund_paise >= 1
                 AND decision_release_paise + decision_refund_paise <= amount_paise)));

-- Never both a payout and a refund completed — except after a split, which does exactly that on purpose. An escrow
-- with milestones keeps its paid milestones' payouts in escrow_milestone, so a refund of its rest completes here alone.
ALTER TABLE escrow
    DROP CONSTRAINT escrow_payout_or_refund,
    ADD CONSTRAINT escrow_payout_or_refund
        CHECK (payout_completed_at IS NULL OR refund_completed_at IS NULL OR decision_outcome = 'SPLIT');
