package com.trustpay.escrow.escrow.domain;

import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** A fixed list of friendly names, so people can tell their escrows apart without reading ids. */
public final class FriendlyNames {

    public static final List<String> ALL = List.of(
            "Amber Falcon",
            "Blue Heron",
            "Coral Lotus",
            "Crimson Kite",
            "Dawn Sparrow",
            "Emerald Peacock",
            "Golden Mango",
            "Indigo Tiger",
            "Ivory Elephant",
            "Jade Parrot",
            "Lime Gecko",
            "Monsoon Cloud",
            "Ochre Camel",
            "Pearl Dolphin",
            "Ruby Myna",
            "Saffron Kingfisher",
            "Silver Banyan",
            "Teal Otter",
            "Velvet Jasmine",
            "Violet Cobra",
            "Copper Rhino",
            "Misty Deodar",
            "Sunny Marigold",
            "Quiet Lake");

    private FriendlyNames() {}

    public static String pick(RandomGenerator random) {
        return ALL.get(random.nextInt(ALL.size()));
    }

    /**
     * A name none of {@code taken} (the names of the user's open escrows) has, so two deals in progress never share
     * one; when every name is taken, any name (the list is for telling deals apart, not an identifier).
     */
    public static String pickAvoiding(RandomGenerator random, Set<String> taken) {
        List<String> free = ALL.stream().filter(name -> !taken.contains(name)).toList();
        return free.isEmpty() ? pick(random) : free.get(random.nextInt(free.size()));
    }
}
