package com.trustpay.escrow.identity.domain;

import java.util.Set;
import java.util.UUID;

/** A registered person. The password is kept only as a one-way hash. */
public record User(UUID id, String email, String name, String phone, String passwordHash, Set<Role> roles) {

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
