package com.trustpay.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local mail server (GreenMail, in process): notification-service sends its mail here over real SMTP, and a
 * developer reads what was sent at {@code GET /mails} (JSON: to, subject, text; newest last) on the mail page's port.
 * Sandbox only: nothing leaves the machine.
 */
public final class MailNode implements AutoCloseable {

    /** One received mail as the mail page shows it. */
    public record Mail(List<String> to, String subject, String text, Map<String, String> headers) {}

    private final GreenMail greenMail;
    private final HttpServer page;

    private MailNode(GreenMail greenMail, HttpServer page) {
        this.greenMail = greenMail;
        this.page = page;
    }

    /** Starts SMTP on {@code smtpPort} and the mail page on {@code pagePort} (0: a free port). */
    static MailNode start(int smtpPort, int pagePort) throws IOException {
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        HttpServer page = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), pagePort), 0);
        MailNode node = new MailNode(greenMail, page);
        page.createContext("/mails", node::serve);
        page.start();
        return node;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public String pageUrl() {
        return "http://127.0.0.1:" + page.getAddress().getPort() + "/mails";
    }

    /** Every mail received so far, oldest first. */
    public List<Mail> received() {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            mails.add(describe(message));
        }
        return mails;
    }

    private static Mail describe(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : List.of("From", "List-Unsubscribe", "List-Unsubscribe-Post")) {
                String[] values = message.getHeader(name);
                if (values != null) {
                    headers.put(name, values[0]);
                }
            }
            return new Mail(
                    to == null
                            ? List.of()
                            : Arrays.stream(to).map(Address::toString).toList(),
                    message.getSubject(),
                    plainText(message.getContent()),
                    headers);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("GreenMail holds a mail it cannot read", e);
        }
    }

    /** The decoded text/plain part of a (possibly nested multipart) body. */
    private static String plainText(Object content) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return part.getContent().toString();
                }
                String nested = plainText(part.getContent());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private void serve(HttpExchange exchange) throws IOException {
        byte[] body = JsonMapper.builder().build().writeValueAsBytes(received());
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        page.stop(0);
        greenMail.stop();
    }
}
