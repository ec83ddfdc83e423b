package com.trustpay.reconciliation.reconciliation.web;

import com.trustpay.reconciliation.reconciliation.application.MismatchDesk;
import com.trustpay.reconciliation.reconciliation.application.ReconciliationQueries;
import com.trustpay.reconciliation.reconciliation.application.Reconciliations;
import com.trustpay.reconciliation.reconciliation.domain.MismatchQuery;
import com.trustpay.reconciliation.reconciliation.domain.Run;
import com.trustpay.reconciliation.reconciliation.domain.RunWindow;
import com.trustpay.reconciliation.reconciliation.web.Inputs.Note;
import com.trustpay.reconciliation.reconciliation.web.Inputs.RunRequest;
import com.trustpay.reconciliation.reconciliation.web.Responses.MismatchResponse;
import com.trustpay.reconciliation.reconciliation.web.Responses.ReportResponse;
import com.trustpay.reconciliation.reconciliation.web.Responses.RunDetail;
import com.trustpay.reconciliation.reconciliation.web.Responses.RunResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin API; platform-web's defaults keep all of it for the ADMIN role. */
@RestController
@RequestMapping("/api/admin/reconciliation")
class ReconciliationController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Reconciliations reconciliations;
    private final ReconciliationQueries queries;
    private final MismatchDesk desk;

    ReconciliationController(Reconciliations reconciliations, ReconciliationQueries queries, MismatchDesk desk) {
        this.reconciliations = reconciliations;
        this.queries = queries;
        this.desk = desk;
    }

    /** The mismatches concerning what happened in [from, to), with counts by kind and the runs of the range. */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ReportResponse report(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return ReportResponse.of(queries.report(Inputs.time("from", from), Inputs.time("to", to)));
    }

    /** The same mismatches as CSV, for a spreadsheet. */
    @GetMapping(produces = "text/csv")
    ResponseEntity<String> reportCsv(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Instant start = Inputs.time("from", from);
        Instant end = Inputs.time("to", to);
        String csv = CsvExport.of(queries.report(start, end).mismatches());
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"reconciliation-"
                                + start.toString().replace(':', '-') + ".csv\"")
                .body(csv);
    }

    /** Runs now over [from, to) and answers with the run and what it found. */
    @PostMapping("/runs")
    ResponseEntity<RunDetail> run(@RequestBody(required = false) RunRequest body) {
        RunRequest request = body == null ? new RunRequest(null, null) : body;
        RunWindow window = RunWindow.manual(Inputs.time("from", request.from()), Inputs.time("to", request.to()));
        Reconciliations.Outcome outcome = reconciliations.run(window);
        return ResponseEntity.status(HttpStatus.CREATED).body(detail(outcome.run(), outcome.ranNow()));
    }

    @GetMapping("/runs")
    List<RunResponse> runs(@RequestParam(defaultValue = "50") int limit) {
        return queries.runs(limit).stream().map(RunResponse::of).toList();
    }

    @GetMapping("/runs/{id}")
    RunDetail run(@PathVariable UUID id) {
        return detail(queries.run(id), false);
    }

    @GetMapping("/mismatches")
    List<MismatchResponse> mismatches(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String escrowId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "1000") int limit) {
        MismatchQuery filter = new MismatchQuery(
                Inputs.kind(kind),
                Inputs.status(status),
                Inputs.escrowId(escrowId),
                Inputs.optionalTime("from", from),
                Inputs.optionalTime("to", to),
                Math.min(Math.max(limit, 1), ReconciliationQueries.MAX_ROWS));
        return queries.mismatches(filter).stream().map(MismatchResponse::of).toList();
    }

    @GetMapping("/mismatches/{id}")
    MismatchResponse mismatch(@PathVariable UUID id) {
        return MismatchResponse.of(queries.mismatch(id));
    }

    @PostMapping("/mismatches/{id}/acknowledge")
    MismatchResponse acknowledge(@PathVariable UUID id, @RequestBody(required = false) Note body, Authentication who) {
        return MismatchResponse.of(desk.acknowledge(id, Inputs.note(body), who.getName()));
    }

    @PostMapping("/mismatches/{id}/resolve")
    MismatchResponse resolve(@PathVariable UUID id, @RequestBody(required = false) Note body, Authentication who) {
        return MismatchResponse.of(desk.resolve(id, Inputs.note(body), who.getName()));
    }

    private RunDetail detail(Run run, boolean ranNow) {
        return new RunDetail(
                RunResponse.of(run),
                ranNow,
                queries.foundBy(run.id()).stream().map(MismatchResponse::of).toList());
    }
}
