package com.trustpay.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Listens on a fixed local port and forwards each connection to a target port. Tests use it to make an
 * address unreachable and then reachable again ({@link #cut()}, {@link #restore()}); the devstack uses it to give
 * the in-process Kafka broker (whose own port is random) the well-known port 9092 for bootstrapping.
 */
public final class TcpForwarder implements AutoCloseable {

    private final String targetHost;
    private final int target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private final int port;

    public TcpForwarder(int port, int target) throws IOException {
        this(port, InetAddress.getLoopbackAddress().getHostAddress(), target);
    }

    /** @param port the local port to listen on, 0 for a free one (see {@link #port()}) */
    public TcpForwarder(int port, String targetHost, int target) throws IOException {
        this.targetHost = targetHost;
        this.target = target;
        this.server = listen(port);
        this.port = server.getLocalPort();
    }

    /** The local port this forwarder listens on. */
    public int port() {
        return port;
    }

    /**
     * Makes the target unreachable through this forwarder: every forwarded connection is dropped and new ones are
     * refused, as when a database host goes away, until {@link #restore()}.
     */
    public synchronized void cut() throws IOException {
        server.close();
        open.forEach(TcpForwarder::closeQuietly);
        open.clear();
    }

    /** Listens again on the same port after a {@link #cut()}. */
    public synchronized void restore() throws IOException {
        if (server.isClosed()) {
            server = listen(port);
        }
    }

    public boolean isCut() {
        return server.isClosed();
    }

    private ServerSocket listen(int onPort) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        Thread.ofVirtual().start(() -> accept(socket));
        return socket;
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket upstream;
                try {
                    upstream = new Socket(targetHost, target);
                } catch (IOException e) {
                    closeQuietly(client);
                    continue;
                }
                open.add(client);
                open.add(upstream);
                Thread.ofVirtual().start(() -> pipe(client, upstream));
                Thread.ofVirtual().start(() -> pipe(upstream, client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the other side closed: the connection is over
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public synchronized void close() throws IOException {
        cut();
    }
}
