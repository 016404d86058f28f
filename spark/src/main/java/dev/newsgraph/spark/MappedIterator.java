package dev.newsgraph.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Maps an iterator lazily (a partition is never held whole), leaving out items mapped to null;
 * {@link #flat} maps each item to several.
 */
final class MappedIterator<A, B> implements Iterator<B> {
    private final Iterator<A> in;
    private final Function<A, B> f;
    private B next;

    MappedIterator(Iterator<A> in, Function<A, B> f) {
        this.in = in;
        this.f = f;
        advance();
    }

    /** Each item's list of results in turn, lazily: one item's results are held at a time. */
    static <A, B> Iterator<B> flat(Iterator<A> in, Function<A, ? extends Iterable<B>> f) {
        Iterator<Iterable<B>> each = new MappedIterator<>(in, a -> f.apply(a));
        return new Iterator<>() {
            private Iterator<B> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && each.hasNext()) {
                    current = each.next().iterator();
                }
                return current.hasNext();
            }

            @Override
            public B next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
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
