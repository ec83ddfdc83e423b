package com.trustpay.gateway.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection over a plain socket, for tests that must control exactly which requests share
 * a connection and when the next one is written (the JDK client pools and may open connections of its own). Each
 * response must arrive within the read timeout, else the read fails.
 */
public final class RawHttpConnection implements AutoCloseable {

    /** A response as read off the wire; header names lower case. */
    public record Response(int status, java.util.Map<String, String> headers, byte[] body) {}

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    public RawHttpConnection(int port, int readTimeoutMillis) {
        try {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(readTimeoutMillis);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request to write; header names as given. */
    public record Request(String method, String path, java.util.Map<String, String> headers, String body) {

        byte[] head() {
            StringBuilder head = new StringBuilder()
                    .append(method)
                    .append(' ')
                    .append(path)
                    .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (content().length > 0 || !method.equals("GET")) {
                head.append("Content-Length: ").append(content().length).append("\r\n");
            }
            head.append("\r\n");
            return head.toString().getBytes(StandardCharsets.US_ASCII);
        }

        byte[] content() {
            return body.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Writes one request (headers, then the body in a second write, as many clients do) and reads its response. */
    public Response exchange(String method, String path, java.util.Map<String, String> headers, String body) {
        Request request = new Request(method, path, headers, body);
        try {
            out.write(request.head());
            out.flush();
            if (request.content().length > 0) {
                out.write(request.content());
                out.flush();
            }
            return read();
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes all requests in one write (HTTP pipelining), then reads their responses in order. */
    public java.util.List<Response> pipeline(java.util.List<Request> requests) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (Request request : requests) {
            all.writeBytes(request.head());
            all.writeBytes(request.content());
        }
        try {
            out.write(all.toByteArray());
            out.flush();
            java.util.List<Response> responses = new java.util.ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                responses.add(read());
            }
            return responses;
        } catch (IOException e) {
            throw new UncheckedIOException("pipelined requests: " + e.getMessage(), e);
        }
    }

    private Response read() throws IOException {
        String statusLine = line();
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        java.util.Map<String, String> headers = new java.util.TreeMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0; ) {
                body.write(in.readNBytes(size));
                line();
                size = Integer.parseInt(line().split(";")[0].trim(), 16);
            }
            line();
        } else if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        }
        return new Response(status, headers, body.toByteArray());
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed by the server");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
