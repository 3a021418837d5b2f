package dev.briefly.actors;

/**
 * Reads the part-of-speech tags of one language's LanguageTool dictionary: which readings are proper nouns, of
 * which name type, given names, adjectives or common words. English, Italian, French and Swedish only mark proper
 * nouns; German (EIG:…:VOR|NAC|COU|STD…), Spanish, Portuguese and Catalan (FreeLing NP..S|G|O|V), Dutch
 * (ENM:PER|LOC|ORG) and Russian (NN:Name|Fam) also give the name type. The per-language strategy of
 * {@link Lexicon}; stateless and thread-safe.
 */
enum Tagset {
    ENGLISH {
        @Override
        void read(String tag, boolean exact, Readings acc) {
            if (tag.startsWith("NNP")) {
                if (exact) {
                    acc.proper = true;
                }
            } else {
                acc.common = true;
                acc.adjective |= tag.startsWith("JJ");
            }
        }
    },
    GERMAN {
        @Override
        void read(String tag, boolean exact, Readings acc) {
            if (tag.startsWith("EIG")) {
                if (!exact) {
                    return;
                }
                if (tag.endsWith(":VOR") || tag.contains(":VOR")) {
                    acc.name(ActorType.PERSON);
                    acc.firstName = true;
                } else if (tag.endsWith(":NAC")) {
                    acc.name(ActorType.PERSON);
                } else if (tag.matches(".*:(COU|STD|GEB|GEO|MOU|WAT)$")) {
                    acc.name(ActorType.LOCATION);
                } else if (tag.endsWith(":NOA") || tag.endsWith(":ART")) {
                    acc.name(ActorType.ORGANIZATION);
                } else {
                    acc.name(ActorType.OTHER);
                }
            } else {
                acc.common = true;
                acc.adjective |= tag.startsWith("ADJ") || tag.endsWith(":ADJ");
            }
        }
    },
    /** Spanish, Portuguese and Catalan. */
    FREELING {
        @Override
        void read(String tag, boolean exact, Readings acc) {
            if (tag.startsWith("NP")) {
                if (!exact) {
                    return;
                }
                char c = tag.length() > 4 ? tag.charAt(4) : '0';
                switch (c) {
                    case 'S' -> acc.name(ActorType.PERSON);
                    case 'G' -> acc.name(ActorType.LOCATION);
                    case 'O' -> acc.name(ActorType.ORGANIZATION);
                    case 'V' -> acc.name(ActorType.OTHER);
                    default -> acc.proper = true;
                }
                if (c == 'S' && tag.charAt(2) != 'C') {
                    // A gendered personal name (NPMS…, NPFS…) is a given name; surnames are common-gender.
                    acc.firstName = true;
                }
            } else {
                acc.common = true;
                acc.adjective |= tag.startsWith("AQ");
            }
        }
    },
    DUTCH {
        @Override
        void read(String tag, boolean exact, Readings acc) {
            if (tag.startsWith("ENM")) {
                // ENM:…:NIX readings mark foreign words the Dutch dictionary lists as surnames: noise.
                if (!exact || tag.endsWith(":NIX")) {
                    return;
                }
                if (tag.startsWith("ENM:PER")) {
                    acc.name(ActorType.PERSON);
                    acc.firstName |= tag.startsWith("ENM:PER:FST");
                } else if (tag.startsWith("ENM:LOC")) {
                    acc.name(ActorType.LOCATION);
                } else if (tag.startsWith("ENM:ORG")) {
                    acc.name(ActorType.ORGANIZATION);
                } else {
                    acc.proper = true;
                }
            } else {
                acc.common = true;
                acc.adjective |= tag.startsWith("ADJ");
            }
        }
    },
    RUSSIAN {
        @Override
        void read(String tag, boolean exact, Readings acc) {
            // The Russian dictionary holds every word in lower case, so a name reading counts either way.
            if (tag.contains(":Name") || tag.contains(":Patr")) {
                acc.name(ActorType.PERSON);
                acc.firstName |= tag.contains(":Name");
            } else if (tag.contains(":Fam")) {
                acc.name(ActorType.PERSON);
            } else {
                acc.common = true;
                acc.adjective |= tag.startsWith("ADJ");
            }
        }
    },
    FRENCH {
        @Override
        void read(String tag, boolean exact, Readings acc) {
            properOrCommon(tag.startsWith("Z"), tag.startsWith("J"), exact, acc);
        }
    },
    ITALIAN {
        @Override
        void read(String tag, boolean exact, Readings acc) {
            properOrCommon(tag.startsWith("NPR"), tag.startsWith("ADJ"), exact, acc);
        }
    },
    SWEDISH {
        @Override
        void read(String tag, boolean exact, Readings acc) {
            properOrCommon(tag.startsWith("PM"), false, exact, acc);
        }
    },
    /** A tagset whose name readings are not read (Polish): every reading is a common word. */
    COMMON {
        @Override
        void read(String tag, boolean exact, Readings acc) {
            acc.common = true;
        }
    };

    /** Returns the tagset of {@code language}'s dictionary; {@link #COMMON} for one not listed. */
    static Tagset of(String language) {
        return switch (language) {
            case "en" -> ENGLISH;
            case "de" -> GERMAN;
            case "es", "pt", "ca" -> FREELING;
            case "nl" -> DUTCH;
            case "ru" -> RUSSIAN;
            case "fr" -> FRENCH;
            case "it" -> ITALIAN;
            case "sv" -> SWEDISH;
            default -> COMMON;
        };
    }

    /** Adds what reading {@code tag} says to {@code acc}; {@code exact} when the form was looked up as written. */
    abstract void read(String tag, boolean exact, Readings acc);

    private static void properOrCommon(boolean proper, boolean adjective, boolean exact, Readings acc) {
        if (proper) {
            if (exact) {
                acc.proper = true;
            }
        } else {
            acc.common = true;
            acc.adjective |= adjective;
        }
    }

    /** Collects what the readings of one form say; not thread-safe, lives for one look-up. */
    static final class Readings {
        boolean known;
        boolean proper;
        boolean common;
        boolean adjective;
        boolean firstName;
        boolean exactCommon;
        ActorType type;

        /** Records a name reading of type {@code t}; a person outranks OTHER. */
        void name(ActorType t) {
            proper = true;
            if (type == null || t == ActorType.PERSON && type == ActorType.OTHER) {
                type = t;
            }
        }
    }
}
