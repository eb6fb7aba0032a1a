package io.ignis.api.exception;

/** No node of the cluster has the resources a task, actor or placement group asks for; the message lists what the nodes have. */
public class InfeasibleResourcesException extends IgnisException {
    public InfeasibleResourcesException(String message) {
        super(message);
    }
}
