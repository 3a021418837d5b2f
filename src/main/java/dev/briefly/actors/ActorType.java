package dev.briefly.actors;

/** Names the kinds of actor a story can be about. */
public enum ActorType {
    PERSON, ORGANIZATION, LOCATION, OTHER
}
