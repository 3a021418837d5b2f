package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import static dev.briefly.actors.StepTestSupport.after;
import static dev.briefly.actors.StepTestSupport.cluster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

class TypingTest {

    @Test
    void typesTownBeforeScoreAsClub() {
        ArticleState s = after(Typing.class, "en", "Essex 532 and 41 for 2 Northampton 186");
        assertEquals(ActorType.ORGANIZATION, cluster(s, "Essex").type());
    }

    @Test
    void typesATownThatCaptainsAndBeatsAsAClub() {
        ArticleState s = after(Typing.class, "en", "Surrey captain Adam Hollioake won the toss.",
                "Surrey beat the visitors in London.");
        assertEquals(ActorType.ORGANIZATION, cluster(s, "Surrey").type());
    }

    @Test
    void keepsACountryAPlaceBesideATeamWord() {
        ArticleState s = after(Typing.class, "en", "Australia captain Mark Taylor lost the toss.");
        assertEquals(ActorType.LOCATION, cluster(s, "Australia").type());
    }

    @Test
    void typesASurnameUsedAloneAsThePerson() {
        ArticleState s = after(Typing.class, "en", "Bob Dole spoke in Kansas.", "Dole said he would win.",
                "Dole smiled. Dole left.");
        assertEquals(ActorType.PERSON, cluster(s, "Dole").type());
    }

    @Test
    void givesEveryMentionOfAnActorTheSameType() {
        ArticleState s = after(Typing.class, "en", "Rex Tillerson arrived.", "Tillerson said little.");
        cluster(s, "Tillerson").mentions.forEach(c -> assertEquals(ActorType.PERSON, c.type));
    }

    @Test
    void keepsAPersonNamedInFullAPersonHoweverOftenTheSurnameAloneLooksLikeAPlace() {
        ArticleState s = after(Typing.class, "en", "Michael Jordan scored 30 points on Sunday.",
                "Jordan said the team played well. Fans in Chicago cheered for Jordan. Reporters waited for Jordan.");
        assertEquals(ActorType.PERSON, cluster(s, "Michael Jordan").type());
        assertEquals(ActorType.PERSON, cluster(s, "Jordan").type());
    }

    @Test
    void takesAnUnknownCapitalisedWordWithoutAnyCueForNoActorWhereEveryNounIsCapitalised() {
        ArticleState s = after(Typing.class, "de", "Die Mnner spielten gut.",
                "Danach sagte Trainer Kowalczyk, es sei schwer gewesen. Kowalczyk lachte.");
        assertEquals(ActorType.OTHER, cluster(s, "Mnner").type());
        assertEquals(ActorType.PERSON, cluster(s, "Kowalczyk").type());
    }

    @Test
    void takesDoubtfulWordsListedWithPeopleForPeopleWhereEveryNounIsCapitalised() {
        ArticleState s = after(Typing.class, "de", "Bremen:", "Reck - Bratseth, Votava - Eilts (63. Brasas), Zwunka.",
                "Das Spiel war gut.");
        for (String name : new String[] {"Reck", "Bratseth", "Votava", "Brasas", "Zwunka"}) {
            assertEquals(ActorType.PERSON, cluster(s, name).type(), name);
        }
    }

    @Test
    void typesANewsAgencyInADatelineOrFromTheListAsAnOrganisation() {
        ArticleState de = after(Typing.class, "de", "BONN , 12. Juni ( AP / dpa ) .", "Die Regierung sagte es am Montag.");
        assertEquals(ActorType.ORGANIZATION, cluster(de, "AP").type());
        assertEquals(ActorType.ORGANIZATION, cluster(de, "dpa").type());
        ArticleState es = after(Typing.class, "es", "MADRID , 23 may ( EFE ) .", "El Gobierno lo anunció ayer.");
        assertEquals(ActorType.ORGANIZATION, cluster(es, "EFE").type());
    }

    @Test
    void splitsTheClubOffATownNamedInAResultsLine() {
        ArticleState s = after(Typing.class, "en", "Fans in Toronto waited for the game.", "TORONTO 71 64 .526 10");
        assertEquals(ActorType.LOCATION, cluster(s, "Toronto").type());
        assertEquals(ActorType.ORGANIZATION, cluster(s, "TORONTO").type());
        assertNotSame(cluster(s, "Toronto"), cluster(s, "TORONTO"));
    }

    @Test
    void makesATownListedBesideAClubAClub() {
        ArticleState s = after(Typing.class, "en", "Glamorgan 532 and 41 for 2 Sussex 186",
                "Title rivals Glamorgan , Leicestershire and Sussex all won on Saturday.");
        assertEquals(ActorType.ORGANIZATION, cluster(s, "Leicestershire").type());
    }

    @Test
    void keepsATownListedBesideOtherTownsAPlace() {
        ArticleState s = after(Typing.class, "en", "Floods hit Glamorgan , Leicestershire and Sussex on Saturday.");
        assertEquals(ActorType.LOCATION, cluster(s, "Leicestershire").type());
    }

    @Test
    void keepsABodyNamedInFullAnOrganisationHoweverOftenItsShortFormRecurs() {
        ArticleState s = after(Typing.class, "en", "Verona International Inc said profits rose.",
                "Verona will report in May. Analysts still like Verona. Verona hired staff.");
        assertEquals(ActorType.ORGANIZATION, cluster(s, "Verona").type());
    }
}
