package io.lotline.trace;

/** Ids of different kinds of record may coincide (a serial pattern is configurable), so nodes are keyed by both. */
final class NodeKey {
    private NodeKey() {}

    static String of(NodeType type, String id) {
        return type + ":" + id;
    }
}
