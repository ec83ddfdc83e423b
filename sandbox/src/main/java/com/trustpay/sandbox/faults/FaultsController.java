package com.trustpay.sandbox.faults;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET/PUT /sandbox/faults}: read or replace the whole fault configuration. */
@RestController
class FaultsController {

    private final FaultSettings settings;

    FaultsController(FaultSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/sandbox/faults")
    Faults get() {
        return settings.get();
    }

    @PutMapping("/sandbox/faults")
    Faults put(@RequestBody Faults faults) {
        settings.set(faults);
        return settings.get();
    }
}
