package io.ignis.rdd;

/** Names of a task's inputs behind a cut, shared by the planner (which fills them) and the RDDs (which read them). */
final class Inputs {
    private Inputs() {}

    static String persisted(int rddId, int partition) {
        return "persisted:" + rddId + ":" + partition;
    }

    static String shuffle(int shuffleId, int partition) {
        return "shuffle:" + shuffleId + ":" + partition;
    }
}
