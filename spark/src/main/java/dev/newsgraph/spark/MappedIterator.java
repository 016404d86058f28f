package dev.newsgraph.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Maps an iterator lazily (a partition is never held whole), leaving out items mapped to null. */
final class MappedIterator<A, B> implements Iterator<B> {
    private final Iterator<A> in;
    private final Function<A, B> f;
    private B next;

    MappedIterator(Iterator<A> in, Function<A, B> f) {
        this.in = in;
        this.f = f;
        advance();
    }

    private void advance() {
        next = null;
        while (next == null && in.hasNext()) {
            next = f.apply(in.next());
        }
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public B next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        B b = next;
        advance();
        return b;
    }
}
