package dev.newsgraph.reading;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, each read up to a bound: a line longer than the bound is given as
 * too long as soon as it passes the bound, and the rest of it is skipped, unkept, on the way to
 * the next line; so one endless line costs a bounded buffer, not the memory of the whole stream,
 * and is reported before the rest of it is read. Lines end at LF (a CR before it is dropped).
 * Not thread-safe.
 */
final class ByteLines {
    /** One line: its bytes, or, when it is over the bound, null and the length read when it passed. */
    record Line(byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    /** Whether the last line given was too long and its rest is still to be skipped. */
    private boolean skipping;

    ByteLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (skipping && !skipRest()) {
            return null;
        }
        byte[] line = new byte[256];
        int n = 0;
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                if (eof || !fill()) {
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            int chunk = pos - start;
            length += chunk;
            if (n + chunk > maxBytes) {
                skipping = pos == end; // over the bound: the rest is skipped on the next call
                if (!skipping) {
                    pos++;
                }
                return new Line(null, length);
            }
            if (n + chunk > line.length) {
                line = Arrays.copyOf(line, Math.min(maxBytes, Math.max(n + chunk, line.length * 2)));
            }
            System.arraycopy(buffer, start, line, n, chunk);
            n += chunk;
            if (pos < end) {
                pos++; // the LF
                break;
            }
        }
        if (!any) {
            return null;
        }
        if (n > 0 && line[n - 1] == '\r') {
            n--;
        }
        return new Line(Arrays.copyOf(line, n), n);
    }

    /** Skips to just past the next LF; false when the stream ends first. */
    private boolean skipRest() throws IOException {
        while (true) {
            if (pos == end && !fill()) {
                skipping = false;
                return false;
            }
            while (pos < end) {
                if (buffer[pos++] == '\n') {
                    skipping = false;
                    return true;
                }
            }
        }
    }

    private boolean fill() throws IOException {
        int r = in.read(buffer, 0, buffer.length);
        if (r <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = r;
        return true;
    }
}
