package io.lotline.trace;

import java.util.Map;

/** One record reached by a trace, {@code level} steps from the root, with what an investigator reads at that level. */
public record TraceNode(NodeType type, String id, String status, int level, Map<String, String> details) {
    public String key() {
        return NodeKey.of(type, id);
    }
}
