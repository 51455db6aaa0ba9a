package io.tradingsuite.execution.venue.alpaca;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * A minimal RFC 6455 WebSocket server on loopback (dynamic port) for the {@code trade_updates} tests: handshake,
 * masked client text frames in, unmasked text or binary frames out. Enough for Alpaca's stream, nothing more.
 */
public final class LoopbackWebSocketServer implements AutoCloseable {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final ServerSocket server;
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final BiConsumer<Connection, String> onMessage;
    private final Thread acceptor;

    public LoopbackWebSocketServer(BiConsumer<Connection, String> onMessage) throws IOException {
        this.onMessage = onMessage;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = Thread.ofPlatform().daemon().name("ws-acceptor").start(this::accept);
    }

    /** Alpaca's trade_updates protocol: auth → authorized, listen → listening. */
    public static LoopbackWebSocketServer alpacaLike(boolean binary) throws IOException {
        return new LoopbackWebSocketServer((c, message) -> {
            if (message.contains("\"action\":\"auth\"")) {
                c.send("{\"stream\":\"authorization\",\"data\":{\"status\":\"authorized\",\"action\":\"authenticate\"}}",
                        binary);
            } else if (message.contains("\"action\":\"listen\"")) {
                c.send("{\"stream\":\"listening\",\"data\":{\"streams\":[\"trade_updates\"]}}", binary);
            }
        });
    }

    public URI uri() {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/stream");
    }

    public List<String> received() {
        return received;
    }

    public List<Connection> connections() {
        return connections;
    }

    /** Sends a message to every open connection. */
    public void broadcast(String message, boolean binary) {
        connections.forEach(c -> c.send(message, binary));
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofPlatform().daemon().name("ws-connection").start(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            String key = null;
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                if (line.toLowerCase().startsWith("sec-websocket-key:")) {
                    key = line.substring(line.indexOf(':') + 1).trim();
                }
            }
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Connection connection = new Connection(out);
            connections.add(connection);
            DataInputStream data = new DataInputStream(in);
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            while (true) {
                int b0 = data.readUnsignedByte();
                int b1 = data.readUnsignedByte();
                int opcode = b0 & 0x0F;
                long length = b1 & 0x7F;
                if (length == 126) {
                    length = data.readUnsignedShort();
                } else if (length == 127) {
                    length = data.readLong();
                }
                byte[] mask = new byte[4];
                if ((b1 & 0x80) != 0) {
                    data.readFully(mask);
                }
                byte[] payload = new byte[(int) length];
                data.readFully(payload);
                for (int i = 0; i < payload.length; i++) {
                    payload[i] ^= mask[i % 4];
                }
                if (opcode == 0x8) {
                    connections.remove(connection);
                    connection.frame(0x8, new byte[0]);
                    return;
                }
                if (opcode == 0x9) {
                    connection.frame(0xA, payload);
                    continue;
                }
                message.writeBytes(payload);
                if ((b0 & 0x80) != 0) {
                    String text = message.toString(StandardCharsets.UTF_8);
                    message.reset();
                    received.add(text);
                    onMessage.accept(connection, text);
                }
            }
        } catch (IOException gone) {
            // connection closed
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static String accept(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Connection c : connections) {
            c.close();
        }
    }

    /** One client connection. */
    public static final class Connection {

        private final OutputStream out;

        Connection(OutputStream out) {
            this.out = out;
        }

        public void send(String message, boolean binary) {
            frame(binary ? 0x2 : 0x1, message.getBytes(StandardCharsets.UTF_8));
        }

        synchronized void frame(int opcode, byte[] payload) {
            try {
                out.write(0x80 | opcode);
                if (payload.length < 126) {
                    out.write(payload.length);
                } else if (payload.length < 65_536) {
                    out.write(126);
                    out.write(payload.length >>> 8);
                    out.write(payload.length & 0xFF);
                } else {
                    out.write(127);
                    for (int i = 7; i >= 0; i--) {
                        out.write((int) ((long) payload.length >>> (8 * i)) & 0xFF);
                    }
                }
                out.write(payload);
                out.flush();
            } catch (IOException gone) {
                // the client went away
            }
        }

        public void close() {
            try {
                out.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
