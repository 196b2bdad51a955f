package org.maillage.neo4j;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;

import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.connection.listener.ConnectionListener;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;

/**
 * Refuses Bolt-over-WebSocket upgrades whose {@code Origin} is not allowed. Neo4j 5.26 switches a
 * Bolt connection to WebSocket whenever its first bytes are an HTTP {@code GET}, with no setting to
 * turn that off and no Origin check, so any web page a developer opens could talk to the database
 * (it would still need the password). This handler sits first in each Bolt connection's pipeline:
 * plain Bolt passes untouched; an HTTP request is read up to the end of its headers, and one with a
 * foreign {@code Origin} gets {@code 403 Forbidden} and is closed. Requests without an Origin come
 * from programs, not from web pages, and pass.
 */
final class BoltOriginGuard extends ByteToMessageDecoder {

    /** A WebSocket handshake larger than this is refused (Neo4j's own limit is 64 KiB). */
    private static final int MAX_HEADER_BYTES = 8 * 1024;

    private static final String FORBIDDEN_BODY = "This Origin may not open Bolt over WebSocket.\n";
    private static final byte[] FORBIDDEN = ("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n"
            + "Content-Length: " + FORBIDDEN_BODY.length() + "\r\nConnection: close\r\n\r\n" + FORBIDDEN_BODY)
            .getBytes(StandardCharsets.US_ASCII);

    private final Set<String> allowedOrigins;

    private BoltOriginGuard(Set<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    /** Puts a guard in front of every future connection of every Bolt connector of {@code server}. */
    static void install(BoltServer server, Set<String> allowedOrigins) {
        ConnectionListener guardPipeline = new ConnectionListener() {
            @Override
            public void onNetworkPipelineInitialized(ChannelPipeline pipeline) {
                pipeline.addFirst("maillage-origin-guard", new BoltOriginGuard(allowedOrigins));
            }
        };
        ConnectorListener guardConnections = new ConnectorListener() {
            @Override
            public void onConnectionCreated(Connection connection) {
                connection.registerListener(guardPipeline);
            }
        };
        for (Connector<?> connector : server.getConnectors()) {
            connector.registerListener(guardConnections);
        }
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (in.readableBytes() < 4) {
            return;
        }
        if (!startsWith(in, "GET ")) {
            // Plain Bolt (or TLS): step aside; the bytes read so far go on to Neo4j's handlers.
            ctx.pipeline().remove(this);
            return;
        }
        String head = in.toString(in.readerIndex(), Math.min(in.readableBytes(), MAX_HEADER_BYTES), StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (in.readableBytes() >= MAX_HEADER_BYTES) {
                refuse(ctx, in);
            }
            return;
        }
        String origin = header(head.substring(0, end), "origin");
        if (origin == null || allowedOrigins.contains(origin)) {
            ctx.pipeline().remove(this);
        } else {
            refuse(ctx, in);
        }
    }

    private static void refuse(ChannelHandlerContext ctx, ByteBuf in) {
        in.skipBytes(in.readableBytes());
        ctx.writeAndFlush(Unpooled.wrappedBuffer(FORBIDDEN)).addListener(ChannelFutureListener.CLOSE);
    }

    private static boolean startsWith(ByteBuf in, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (in.getByte(in.readerIndex() + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The value of header {@code name} (lower case) in an HTTP request head, or null. */
    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }
}
