package com.trustpay.escrow.escrow.application;

import com.trustpay.escrow.escrow.EscrowProperties;
import com.trustpay.escrow.escrow.domain.Actor;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.JoinCode;
import com.trustpay.escrow.escrow.domain.TimelineEntry;
import com.trustpay.escrow.escrow.persistence.EscrowRepository;
import com.trustpay.escrow.escrow.persistence.HistoryRepository;
import com.trustpay.platform.problem.ProblemException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Reads of escrows. Only an escrow's parties and admins see it; for anyone else it does not exist (404). */
public class EscrowQueries {

    private final EscrowRepository escrows;
    private final HistoryRepository history;
    private final EscrowProperties properties;
    private final Clock clock;

    public EscrowQueries(
            EscrowRepository escrows, HistoryRepository history, EscrowProperties properties, Clock clock) {
        this.escrows = escrows;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
    }

    public Escrow get(Actor actor, UUID id) {
        return escrows.find(id).filter(escrow -> escrow.isVisibleTo(actor)).orElseThrow(() -> unknownEscrow(id));
    }

    public List<Escrow> mine(Actor actor) {
        return escrows.findByParty(actor.userId(), properties.listLimit());
    }

    /** For admins: escrows waiting in the given statuses (e.g. DISPUTED, RELEASE_FAILED), any party's. */
    public List<Escrow> inStatus(Actor actor, java.util.Set<com.trustpay.escrow.escrow.domain.EscrowStatus> statuses) {
        if (!actor.admin()) {
            throw ProblemException.forbidden("FORBIDDEN", "Only admins list other people's escrows");
        }
        return escrows.findByStatus(statuses.stream().map(Enum::name).toList(), properties.listLimit());
    }

    /** What a would-be partner sees before joining: 404 for an unknown code, 410 for an expired or used one. */
    public Escrow preview(String rawCode) {
        Escrow escrow = escrows.findByCode(JoinCode.normalise(rawCode)).orElseThrow(EscrowQueries::unknownCode);
        escrow.requireUsableCode(clock.instant());
        return escrow;
    }

    public List<TimelineEntry> history(Actor actor, UUID id) {
        return history.of(get(actor, id).id());
    }

    /** The escrow whose payment was received, for its receipt; 409 before the money arrived. */
    public Escrow paidEscrow(Actor actor, UUID id) {
        Escrow escrow = get(actor, id);
        if (!escrow.payment().received()) {
            throw ProblemException.conflict("RECEIPT_NOT_AVAILABLE", "A receipt exists once the payment is received");
        }
        return escrow;
    }

    static ProblemException unknownEscrow(UUID id) {
        return ProblemException.notFound("ESCROW_NOT_FOUND", "No escrow " + id + " that you can see");
    }

    static ProblemException unknownCode() {
        return ProblemException.notFound("CODE_NOT_FOUND", "No escrow has this code");
    }
}
