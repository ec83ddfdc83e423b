package com.trustpay.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on a port of its own, which a test can stop and start again on the same port to
 * make the mail server go away and come back.
 */
public final class TestMailServer implements AutoCloseable {

    private final int port;
    private final List<MimeMessage> beforeRestart = new ArrayList<>();
    private GreenMail greenMail;

    public TestMailServer() {
        this.port = freePort();
        start();
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    public synchronized void stop() {
        beforeRestart.addAll(Arrays.asList(greenMail.getReceivedMessages()));
        greenMail.stop();
    }

    /** Every mail received since this server was made, across restarts. */
    public synchronized List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(beforeRestart);
        all.addAll(Arrays.asList(greenMail.getReceivedMessages()));
        return all;
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
