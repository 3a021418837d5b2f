package dev.briefly;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Wraps a supplier so that it runs at most once and every caller shares its value.
 *
 * <p>Thread-safe: the value is built under a lock on first use and published through a volatile field.
 */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> factory;
    private volatile T value;

    private Lazy(Supplier<? extends T> factory) {
        this.factory = factory;
    }

    /** Returns {@code s} made memoising; a supplier that already memoises is returned as it is. */
    static <T> Supplier<T> of(Supplier<T> s) {
        Objects.requireNonNull(s, "supplier");
        return s instanceof Lazy<T> ? s : new Lazy<>(s);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(factory.get(), "supplier returned null");
                    value = v;
                }
            }
        }
        return v;
    }
}
