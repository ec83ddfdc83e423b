-- The parties' VPAs encrypted at rest (ADR 0020): escrow.payer_vpa and payee_vpa hold the platform FieldCipher's
-- form, v1:<key id>:<base64(nonce | ciphertext | tag)>, sealed for this table and column. SQL cannot encrypt (the keys
-- live in the service's environment): rows from before this migration keep their plaintext until their next change
-- (every write seals) or the re-encryption job. The trigger keeps new plaintext out: an INSERT, or an UPDATE setting
-- a VPA column, with a value not in the sealed form is refused.
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

CREATE TRIGGER escrow_vpa_sealed
    BEFORE INSERT OR UPDATE OF payer_vpa, payee_vpa ON escrow
    FOR EACH ROW EXECUTE FUNCTION refuse_plaintext_vpa('payer_vpa', 'payee_vpa');
