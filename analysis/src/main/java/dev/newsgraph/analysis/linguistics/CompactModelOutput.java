package dev.newsgraph.analysis.linguistics;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Writes a compact model file (see {@link CompactModelInput}, which reads it): a header that
 * names the format, its version, the kind of model and the CoreNLP file it was made from, then
 * numbers, arrays of numbers in one piece each, and lists of strings as their UTF-8 bytes in one
 * piece after the length of each (a byte for most). Big-endian throughout, as {@link
 * DataOutputStream} and {@link ByteBuffer} write by default. Made at build time ({@link ModelFiles}).
 */
final class CompactModelOutput implements AutoCloseable {
    private final DataOutputStream out;

    CompactModelOutput(OutputStream out, String kind, String source) throws IOException {
        this.out = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        this.out.writeInt(CompactModelInput.MAGIC);
        this.out.writeInt(CompactModelInput.VERSION);
        writeString(kind);
        writeString(source);
    }

    void writeInt(int v) throws IOException {
        out.writeInt(v);
    }

    void writeBoolean(boolean v) throws IOException {
        out.writeBoolean(v);
    }

    /** A string, or null. */
    void writeString(String s) throws IOException {
        if (s == null) {
            out.writeBoolean(false);
            return;
        }
        out.writeBoolean(true);
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Strings (none null): their number, the byte length of each (seven bits a byte), then all their bytes. */
    void writeStrings(Collection<String> strings) throws IOException {
        byte[][] encoded = new byte[strings.size()][];
        int i = 0;
        long total = 0;
        for (String s : strings) {
            encoded[i] = s.getBytes(StandardCharsets.UTF_8);
            total += encoded[i].length;
            i++;
        }
        if (total > Integer.MAX_VALUE) {
            throw new IOException("compact model: strings of more than 2 GiB");
        }
        out.writeInt(encoded.length);
        out.writeInt((int) total);
        for (byte[] e : encoded) {
            for (int n = e.length; ; n >>>= 7) {
                if (n < 0x80) {
                    out.writeByte(n);
                    break;
                }
                out.writeByte((n & 0x7f) | 0x80);
            }
        }
        for (byte[] e : encoded) {
            out.write(e);
        }
    }

    void writeInts(int[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * Integer.BYTES);
        b.asIntBuffer().put(a);
        out.writeInt(a.length);
        out.write(b.array());
    }

    void writeFloats(float[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * Float.BYTES);
        b.asFloatBuffer().put(a);
        out.writeInt(a.length);
        out.write(b.array());
    }

    /** Rows of floats as one array of floats, all rows after each other (read by {@link CompactModelInput#readFloatRows}). */
    void writeFloatRows(float[][] rows) throws IOException {
        long count = 0;
        for (float[] row : rows) {
            count += row.length;
        }
        if (count > Integer.MAX_VALUE / Float.BYTES) {
            throw new IOException("compact model: floats of more than 2 GiB");
        }
        out.writeInt((int) count);
        ByteBuffer b = ByteBuffer.allocate(1 << 16);
        for (float[] row : rows) {
            for (int i = 0; i < row.length; ) {
                int n = Math.min(row.length - i, b.capacity() / Float.BYTES);
                b.clear();
                b.asFloatBuffer().put(row, i, n);
                out.write(b.array(), 0, n * Float.BYTES);
                i += n;
            }
        }
    }

    void writeDoubles(double[] a) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(a.length * Double.BYTES);
        b.asDoubleBuffer().put(a);
        out.writeInt(a.length);
        out.write(b.array());
    }

    @Override
    public void close() throws IOException {
        out.writeInt(CompactModelInput.MAGIC); // an end mark: a file cut short is refused, not half read
        out.close();
    }
}
