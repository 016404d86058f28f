package dev.newsgraph.analysis.linguistics;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a compact model file written by {@link CompactModelOutput}: the whole file in one read,
 * then numbers and arrays straight out of the bytes (an array of numbers is one bulk copy), and
 * strings out of one run of UTF-8 bytes. A file is made at build time from CoreNLP's own model file
 * ({@link ModelFiles}), so reading it runs none of CoreNLP's loaders: no Java deserialisation,
 * no map of CoreNLP's that is copied and then dropped.
 */
final class CompactModelInput {
    /** "NGMF": newsgraph model file. */
    static final int MAGIC = 0x4E474D46;
    /** Bumped whenever what a model writes changes, so that a stale file is refused, not misread. */
    static final int VERSION = 2;

    private final ByteBuffer in;
    private final String resource;

    private CompactModelInput(ByteBuffer in, String resource) {
        this.in = in;
        this.resource = resource;
    }

    /**
     * The compact model file of this package named {@code name}, checked to be of the {@code kind}
     * and made from the CoreNLP file {@code source}; empty where there is no such resource (a class
     * path without the build's model files, such as an IDE's that skipped the build step).
     */
    static Optional<CompactModelInput> open(String name, String kind, String source) {
        URL url = CompactModelInput.class.getResource(name);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = url.openConnection();
            long size = connection.getContentLengthLong();
            byte[] bytes;
            try (InputStream s = connection.getInputStream()) {
                bytes = size >= 0 && size < Integer.MAX_VALUE ? s.readNBytes((int) size) : s.readAllBytes();
            }
            return Optional.of(of(bytes, name, kind, source));
        } catch (IOException e) {
            throw new IllegalStateException("compact model " + name + ": cannot read", e);
        }
    }

    /** A compact model file of the {@code kind}, made from {@code source}, in {@code bytes}; {@code name} names it in errors. */
    static CompactModelInput of(byte[] bytes, String name, String kind, String source) {
        CompactModelInput file = new CompactModelInput(ByteBuffer.wrap(bytes), name);
        try {
            if (file.in.getInt() != MAGIC || file.in.getInt() != VERSION) {
                throw file.corrupt("not a compact model file of version " + VERSION);
            }
            String k = file.readString();
            String s = file.readString();
            if (!kind.equals(k) || !source.equals(s)) {
                throw file.corrupt("a " + k + " made from " + s + ", not a " + kind + " made from " + source);
            }
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw file.corrupt("not a compact model file of version " + VERSION);
        }
        return file;
    }

    /**
     * The model that {@code reading} reads from this file, which must be all of the file; a file that
     * ends before the model does, or goes on after it, is refused.
     */
    <T> T read(Function<CompactModelInput, T> reading) {
        T model;
        try {
            model = reading.apply(this);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw corrupt("the file ends before the model does");
        }
        end();
        return model;
    }

    int readInt() {
        return in.getInt();
    }

    boolean readBoolean() {
        return in.get() != 0;
    }

    String readString() {
        if (!readBoolean()) {
            return null;
        }
        int n = in.getInt();
        String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }

    String[] readStrings() {
        int count = in.getInt();
        int total = in.getInt();
        byte[] bytes = in.array();
        int length = in.position();
        // the lengths come first (about a byte each), then the strings' bytes
        int lengthsEnd = length;
        for (int i = 0; i < count; i++) {
            while ((bytes[lengthsEnd++] & 0x80) != 0) {
                // the next byte of the same length
            }
        }
        int at = lengthsEnd;
        String[] strings = new String[count];
        for (int i = 0; i < count; i++) {
            int n = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[length++];
                n |= (b & 0x7f) << shift;
                if (b >= 0) {
                    break;
                }
            }
            strings[i] = new String(bytes, at, n, StandardCharsets.UTF_8);
            at += n;
        }
        if (at != lengthsEnd + total) {
            throw corrupt("strings of " + (at - lengthsEnd) + " bytes, not " + total);
        }
        in.position(at);
        return strings;
    }

    /**
     * Strings written by {@link CompactModelOutput#writeStrings}, as a table that numbers them in
     * their order: the run of bytes is decoded once, as one text, and no string is made for each.
     */
    StringTable readStringTable() {
        int count = in.getInt();
        int total = in.getInt();
        byte[] bytes = in.array();
        int at = in.position();
        int[] ends = new int[count];
        int end = 0;
        for (int i = 0; i < count; i++) {
            int n = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                n |= (b & 0x7f) << shift;
                if (b >= 0) {
                    break;
                }
            }
            end += n;
            ends[i] = end;
        }
        if (end != total) {
            throw corrupt("strings of " + end + " bytes, not " + total);
        }
        // each string is whole UTF-8, so the run decodes as the strings one after another
        String text = new String(bytes, at, total, StandardCharsets.UTF_8);
        if (text.length() != total) {
            // some character took more than a byte: the ends in characters, counted in the bytes (the
            // writer's UTF-8 is well formed: a character is a byte that does not continue one, two where
            // its first byte opens four, a character beyond the 16-bit plane, two chars in Java)
            int chars = 0;
            int b = at;
            for (int i = 0; i < count; i++) {
                for (int stop = at + ends[i]; b < stop; b++) {
                    int lead = bytes[b] & 0xff;
                    chars += (lead & 0xc0) == 0x80 ? 0 : (lead & 0xf8) == 0xf0 ? 2 : 1;
                }
                ends[i] = chars;
            }
            if (chars != text.length()) {
                throw corrupt("strings that are not well-formed UTF-8");
            }
        }
        in.position(at + total);
        return StringTable.of(text, ends);
    }

    int[] readInts() {
        int[] a = new int[in.getInt()];
        in.asIntBuffer().get(a);
        in.position(in.position() + a.length * Integer.BYTES);
        return a;
    }

    float[] readFloats() {
        float[] a = new float[in.getInt()];
        in.asFloatBuffer().get(a);
        in.position(in.position() + a.length * Float.BYTES);
        return a;
    }

    /**
     * Floats written by {@link CompactModelOutput#writeFloatRows}, {@code rows} rows of {@code columns}
     * each, copied in bulk straight into the rows.
     */
    float[][] readFloatRows(int rows, int columns) {
        int count = in.getInt();
        if ((long) rows * columns != count) {
            throw corrupt(count + " floats, not " + rows + " rows of " + columns);
        }
        float[][] a = new float[rows][columns];
        FloatBuffer floats = in.asFloatBuffer();
        for (float[] row : a) {
            floats.get(row);
        }
        in.position(in.position() + count * Float.BYTES);
        return a;
    }

    double[] readDoubles() {
        double[] a = new double[in.getInt()];
        in.asDoubleBuffer().get(a);
        in.position(in.position() + a.length * Double.BYTES);
        return a;
    }

    /** Checks that the model read all of the file and no more. */
    private void end() {
        try {
            if (in.getInt() != MAGIC || in.hasRemaining()) {
                throw corrupt("the model ends before the file does");
            }
        } catch (BufferUnderflowException e) {
            throw corrupt("the file ends before the model does");
        }
    }

    IllegalStateException corrupt(String why) {
        return new IllegalStateException("compact model " + resource + ": " + why);
    }
}
