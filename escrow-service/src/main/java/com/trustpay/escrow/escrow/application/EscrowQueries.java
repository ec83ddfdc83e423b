package com.trustpay.escrow.escrow.application;

import com.trustpay.escrow.escrow.EscrowProperties;
import com.trustpay.escrow.escrow.domain.Actor;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowStatus;
import com.trustpay.escrow.escrow.domain.InvalidInputException;
import com.trustpay.escrow.escrow.domain.JoinCode;
import com.trustpay.escrow.escrow.domain.TimelineEntry;
import com.trustpay.escrow.escrow.persistence.EscrowFilter;
import com.trustpay.escrow.escrow.persistence.EscrowRepository;
import com.trustpay.escrow.escrow.persistence.HistoryRepository;
import com.trustpay.platform.problem.ProblemException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads of escrows. Only an escrow's parties and admins see it; for anyone else it does not exist (404). */
public class EscrowQueries {

    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

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

    /** The caller's own escrows (as payer or payee), newest first, one page at a time. */
    public EscrowPage mine(Actor actor, PageRequest page) {
        return page(new EscrowFilter(actor.userId(), Set.of(), null, null), page);
    }

    /**
     * For admins: any party's escrows, newest first, in one of {@code statuses} (any status when empty) and, when
     * {@code query} is given, the one escrow with that join code or id ({@code INVALID_QUERY} when it is neither).
     */
    public EscrowPage find(Actor actor, String query, Set<EscrowStatus> statuses, PageRequest page) {
        if (!actor.admin()) {
            throw ProblemException.forbidden("FORBIDDEN", "Only admins list other people's escrows");
        }
        Set<String> names = statuses.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return page(new EscrowFilter(null, names, null, null), page);
        }
        if (UUID_FORMAT.matcher(q).matches()) {
            return page(new EscrowFilter(null, names, UUID.fromString(q), null), page);
        }
        try {
            return page(new EscrowFilter(null, names, null, JoinCode.normalise(q)), page);
        } catch (InvalidInputException e) {
            throw ProblemException.invalid(
                    "q", "INVALID_QUERY", "Search by an escrow's 6-character code (like K7Q3MX) or its id");
        }
    }

    private EscrowPage page(EscrowFilter filter, PageRequest page) {
        List<Escrow> rows = escrows.page(filter, EscrowCursor.parse(page.cursor()), page.limit() + 1);
        if (rows.size() <= page.limit()) {
            return new EscrowPage(rows, null);
        }
        List<Escrow> shown = rows.subList(0, page.limit());
        return new EscrowPage(shown, EscrowCursor.after(shown.getLast()));
    }

    /** What a would-be partner sees before joining: 404 for an unknown code, 410 for an expired, cancelled or used one. */
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
