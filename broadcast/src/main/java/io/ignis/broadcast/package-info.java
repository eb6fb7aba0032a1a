/** Broadcast values over actor-core's object store (see {@code BroadcastValue}). */
package io.ignis.broadcast;
