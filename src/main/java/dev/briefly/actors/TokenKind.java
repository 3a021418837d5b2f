package dev.briefly.actors;

/** Names what a token can be in a name, as {@link TokenClasses} and {@link Titles} decide. */
enum TokenKind {
    /** Not part of a name. */
    NONE,
    /** A word that is a name on its own evidence (unknown to the dictionary, a proper noun, an acronym). */
    STRONG,
    /** A capitalised word that joins a name but does not make one alone (Security, Bank). */
    WEAK,
    /** A word of a title before a name (President, Secretary of State). */
    TITLE,
    /** A nationality adjective (Russian, German). */
    NAT,
    /** A lower-case particle inside a name (of, van, al). */
    PART
}
