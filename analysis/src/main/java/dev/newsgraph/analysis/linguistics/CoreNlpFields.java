package dev.newsgraph.analysis.linguistics;

import java.lang.reflect.Field;

/**
 * Reads the private fields of CoreNLP's model objects, which is how the tagger's and the NER's
 * weights and settings are copied into newsgraph's own structures (CoreNLP exposes no accessors
 * for them). Used only when a compact model file is made or is missing.
 */
final class CoreNlpFields {
    private CoreNlpFields() {
    }

    /** A field of {@code o} by name, declared by o's class or else by the first class up that has it. */
    static Object field(Object o, String name) throws ReflectiveOperationException {
        for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(o);
            } catch (NoSuchFieldException e) {
                // up
            }
        }
        throw new NoSuchFieldException(o.getClass().getName() + "." + name);
    }
}
