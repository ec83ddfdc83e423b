package com.trustpay.notification.directory.application;

import com.trustpay.contracts.PartyRole;
import com.trustpay.notification.directory.domain.EscrowFacts;
import com.trustpay.notification.directory.domain.Person;
import com.trustpay.notification.directory.persistence.EscrowFactsRepository;
import com.trustpay.notification.directory.persistence.PeopleRepository;
import java.util.Optional;
import java.util.UUID;

/** The projection's use cases; every write runs in the caller's transaction (the handling of one event). */
public class Directory {

    private final PeopleRepository people;
    private final EscrowFactsRepository escrows;

    public Directory(PeopleRepository people, EscrowFactsRepository escrows) {
        this.people = people;
        this.escrows = escrows;
    }

    /** A registration or a contact change: the latest name and address win. */
    public void personIs(UUID userId, String displayName, String email) {
        people.upsert(new Person(userId, displayName, email));
    }

    public Optional<Person> person(UUID userId) {
        return people.find(userId);
    }

    /** The name others see, or {@code fallback} while the person is not known yet. */
    public String nameOf(UUID userId, String fallback) {
        return userId == null
                ? fallback
                : people.find(userId).map(Person::displayName).orElse(fallback);
    }

    public void escrowCreated(
            UUID escrowId, String title, String friendlyName, long amountPaise, UUID creator, PartyRole creatorRole) {
        escrows.described(escrowId, title, friendlyName, amountPaise, creator, creatorRole);
    }

    public void partiesJoined(UUID escrowId, UUID payer, UUID payee) {
        escrows.parties(escrowId, payer, payee);
    }

    public void payeeVpa(UUID escrowId, String vpa) {
        escrows.payeeVpa(escrowId, vpa);
    }

    public void disputed(UUID escrowId, boolean disputed) {
        escrows.disputed(escrowId, disputed);
    }

    /** What is known of the escrow, or {@link EscrowFacts#unknown} when nothing is. */
    public EscrowFacts escrow(UUID escrowId) {
        return escrows.find(escrowId).orElseGet(() -> EscrowFacts.unknown(escrowId));
    }
}
