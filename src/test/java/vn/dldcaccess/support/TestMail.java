package vn.dldcaccess.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** One real in-process SMTP server (GreenMail) for every Spring test of the JVM, on a free port. */
public final class TestMail {
    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }
}
