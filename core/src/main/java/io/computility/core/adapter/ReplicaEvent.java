package io.computility.core.adapter;

/** A state change a center reports for one replica (JC-6.4 "listen to state events"). */
public record ReplicaEvent(String centerId, ReplicaState state) {}
