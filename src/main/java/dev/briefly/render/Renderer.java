package dev.briefly.render;

import dev.briefly.Summary;

/**
 * Turns a {@link Summary} into text for people or machines.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface Renderer {

    /** Returns {@code summary} rendered, ending with a line break. */
    String render(Summary summary);
}
