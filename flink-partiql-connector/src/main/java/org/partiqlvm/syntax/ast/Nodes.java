package org.partiqlvm.syntax.ast;

import java.util.ArrayList;
import java.util.List;

/** Builds the lists of {@link Node#children()}. */
final class Nodes {

    private Nodes() {}

    /**
     * The nodes among {@code parts} (each a node, a list of nodes, or null for an absent one), in
     * order, lists flattened and nulls left out.
     */
    static List<Node> of(Object... parts) {
        List<Node> out = new ArrayList<>(parts.length);
        for (Object part : parts) {
            if (part instanceof Node node) {
                out.add(node);
            } else if (part instanceof List<?> list) {
                for (Object element : list) {
                    out.add((Node) element);
                }
            } else if (part != null) {
                throw new IllegalArgumentException("not a node: " + part);
            }
        }
        return out;
    }
}
