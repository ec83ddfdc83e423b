-- VPAs encrypted at rest (ADR 0020). payment_attempt.payer_vpa and paid_by_vpa, payout_series.payee_vpa and
-- payout.payee_vpa now hold the platform FieldCipher's form, v1:<key id>:<base64(nonce | ciphertext | tag)>, sealed
-- for their own table and column; the columns stay text.
--
-- SQL cannot encrypt (the keys live in the service's environment), so rows written before this migration keep their
-- plaintext until the service's re-encryption job (VpaReencryption, also run after every key rotation) seals them;
-- reads accept both meanwhile. What this migration adds is the guard that no new plaintext gets in: a trigger
-- refuses an INSERT, or an UPDATE that sets one of these columns, whose value is not in the sealed form. Unlike a
-- NOT VALID check it leaves the other updates of an old row alone (a payout of yesterday can still settle).
CREATE FUNCTION refuse_plaintext_vpa() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    col   text;
    value text;
BEGIN
    FOREACH col IN ARRAY TG_ARGV
        LOOP
            value := to_jsonb(NEW) ->> col;
            IF value IS NOT NULL AND left(value, 3) <> 'v1:' THEN
                RAISE EXCEPTION 'plaintext in %.%: VPAs are stored encrypted (ADR 0020)', TG_TABLE_NAME, col
                    USING ERRCODE = 'check_violation';
            END IF;
        END LOOP;
    RETURN NEW;
END
$$;

CREATE TRIGGER payment_attempt_vpa_sealed
    BEFORE INSERT OR UPDATE OF payer_vpa, paid_by_vpa ON payment_attempt
    FOR EACH ROW EXECUTE FUNCTION refuse_plaintext_vpa('payer_vpa', 'paid_by_vpa');

CREATE TRIGGER payout_series_vpa_sealed
    BEFORE INSERT OR UPDATE OF payee_vpa ON payout_series
    FOR EACH ROW EXECUTE FUNCTION refuse_plaintext_vpa('payee_vpa');

CREATE TRIGGER payout_vpa_sealed
    BEFORE INSERT OR UPDATE OF payee_vpa ON payout
    FOR EACH ROW EXECUTE FUNCTION refuse_plaintext_vpa('payee_vpa');
