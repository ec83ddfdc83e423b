package com.trustpay.escrow.escrow.application;

import com.trustpay.escrow.escrow.EscrowProperties;
import com.trustpay.escrow.escrow.domain.Actor;
import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowEvent;
import com.trustpay.escrow.escrow.domain.FriendlyNames;
import com.trustpay.escrow.escrow.domain.JoinCode;
import com.trustpay.escrow.escrow.domain.Party;
import com.trustpay.escrow.escrow.domain.Vpa;
import com.trustpay.escrow.escrow.persistence.EscrowRepository;
import com.trustpay.escrow.escrow.persistence.IdempotencyKeys;
import com.trustpay.platform.problem.ProblemException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/** The escrow use cases people start through the API; each is one transaction, retried on conflicts. */
public class EscrowCommands {

    private final EscrowRepository escrows;
    private final IdempotencyKeys keys;
    private final EscrowStore store;
    private final ConflictRetry retry;
    private final RandomGenerator random;
    private final EscrowProperties properties;
    private final Clock clock;

    public EscrowCommands(
            EscrowRepository escrows,
            IdempotencyKeys keys,
            EscrowStore store,
            ConflictRetry retry,
            RandomGenerator random,
            EscrowProperties properties,
            Clock clock) {
        this.escrows = escrows;
        this.keys = keys;
        this.store = store;
        this.retry = retry;
        this.random = random;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Creates an escrow with a fresh code (a clash with an existing code is retried with a new one). With an
     * idempotency key, the same key and body return the escrow made the first time.
     */
    public Escrow create(Actor actor, String actorName, CreateEscrow command) {
        return retry.run(() -> {
            Optional<Escrow> earlier = replay(actor, command);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Escrow.Creation creation = Escrow.open(
                    UUID.randomUUID(),
                    command.terms(),
                    command.role(),
                    new Party(actor.userId(), actorName, command.vpa()),
                    JoinCode.generate(random),
                    FriendlyNames.pickAvoiding(random, escrows.openNamesOf(actor.userId())),
                    clock.instant(),
                    properties.codeTtl(),
                    command.milestones());
            store.insert(creation.escrow(), creation.events(), actor.userId());
            if (command.idempotencyKey() != null) {
                keys.record(
                        actor.userId(),
                        command.idempotencyKey(),
                        command.requestHash(),
                        creation.escrow().id());
            }
            return creation.escrow();
        });
    }

    private Optional<Escrow> replay(Actor actor, CreateEscrow command) {
        if (command.idempotencyKey() == null) {
            return Optional.empty();
        }
        return keys.find(actor.userId(), command.idempotencyKey()).map(use -> {
            if (!use.requestHash().equals(command.requestHash())) {
                throw ProblemException.conflict(
                        "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used for a different request");
            }
            return escrows.find(use.escrowId()).orElseThrow();
        });
    }

    public Escrow join(Actor actor, String actorName, String rawCode, String rawVpa) {
        String code = JoinCode.normalise(rawCode);
        String vpa = Vpa.normalise(rawVpa);
        return retry.run(() -> {
            Escrow escrow = escrows.findByCode(code).orElseThrow(EscrowQueries::unknownCode);
            List<EscrowEvent> events = escrow.join(new Party(actor.userId(), actorName, vpa), clock.instant());
            store.update(escrow, events, actor.userId());
            return escrow;
        });
    }

    public Escrow checkPayment(Actor actor, UUID id) {
        return act(actor, id, escrow -> escrow.checkPayment(actor));
    }

    public Escrow retryPayment(Actor actor, UUID id) {
        return act(actor, id, escrow -> escrow.retryPayment(actor, clock.instant()));
    }

    public Escrow confirm(Actor actor, UUID id) {
        return act(actor, id, escrow -> escrow.confirm(actor));
    }

    /** The payee marks the deal delivered: the payer's inspection period starts (ADR 0018). */
    public Escrow markDelivered(Actor actor, UUID id) {
        return act(actor, id, escrow -> escrow.markDelivered(actor, clock.instant(), properties.inspectionDayLength()));
    }

    public Escrow cancel(Actor actor, UUID id, String reason) {
        return act(actor, id, escrow -> escrow.cancel(actor, reason));
    }

    public Escrow dispute(Actor actor, UUID id, String reason) {
        return act(actor, id, escrow -> escrow.dispute(actor, reason));
    }

    /** A party confirms one milestone; once both did, it is paid out on its own (ADR 0021). */
    public Escrow confirmMilestone(Actor actor, UUID id, int milestone) {
        return act(actor, id, escrow -> escrow.confirmMilestone(actor, milestone));
    }

    /** An admin splits a disputed escrow: {@code releasePaise} to the payee, the rest to the payer (ADR 0021). */
    public Escrow split(Actor actor, UUID id, Long releasePaise, String note) {
        return act(actor, id, escrow -> escrow.split(actor, releasePaise, note, clock.instant()));
    }

    public Escrow resolve(Actor actor, UUID id, boolean releaseToPayee, String note) {
        return act(actor, id, escrow -> escrow.resolve(actor, releaseToPayee, note, clock.instant()));
    }

    public Escrow decideReversal(Actor actor, UUID id, boolean payAgain, String note) {
        return act(actor, id, escrow -> escrow.decideReversal(actor, payAgain, note, clock.instant()));
    }

    public Escrow retryRelease(Actor actor, UUID id) {
        return act(actor, id, escrow -> escrow.retryRelease(actor));
    }

    public Escrow retryRefund(Actor actor, UUID id) {
        return act(actor, id, escrow -> escrow.retryRefund(actor));
    }

    private Escrow act(Actor actor, UUID id, Function<Escrow, List<EscrowEvent>> action) {
        return retry.run(() -> {
            Escrow escrow = escrows.find(id)
                    .filter(found -> found.isVisibleTo(actor))
                    .orElseThrow(() -> EscrowQueries.unknownEscrow(id));
            List<EscrowEvent> events = action.apply(escrow);
            if (!events.isEmpty()) {
                store.update(escrow, events, actor.userId());
            }
            return escrow;
        });
    }
}
