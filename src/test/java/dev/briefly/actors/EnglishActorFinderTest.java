package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnglishActorFinderTest {

    @Test
    void mergesAnAcronymWithTheNameItAbbreviates() {
        List<Actor> actors = ActorTestSupport.find("en",
                "The United Nations Security Council met on Tuesday. Diplomats at the United Nations said the vote "
                        + "was close.",
                "A UN spokesman said the United Nations would publish the text.");
        Actor un = ActorTestSupport.require(actors, "United Nations");
        assertEquals(ActorType.ORGANIZATION, un.type());
        assertTrue(un.mentions().stream().anyMatch(m -> m.text().equals("UN")), un.mentions().toString());
    }

    @Test
    void typesANameAfterCityOfOrMayorOfAsAPlace() {
        List<Actor> actors = ActorTestSupport.find("en",
                "The city council of Northbridge voted on Tuesday to build a new bridge.",
                "The mayor of Eastwick, Ann Cole, welcomed the vote.");
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, "Northbridge").type());
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, "Eastwick").type());
    }

    @Test
    void readsTheRoleFromAnApposition() {
        List<Actor> actors = ActorTestSupport.find("en",
                "Maria Lopez, the company's chief financial officer, said profits rose. Lopez added that costs fell.");
        Actor lopez = ActorTestSupport.require(actors, "Maria Lopez");
        assertEquals(ActorType.PERSON, lopez.type());
        assertEquals("the company's chief financial officer", lopez.role());
        assertEquals(2, lopez.mentions().size());
    }

    @Test
    void doesNotTakeACapitalisedCommonWordSeenInLowerCaseForAName() {
        List<Actor> actors = ActorTestSupport.find("en",
                "Security was tight in Paris on Friday. The police said security would stay tight.");
        assertFalse(ActorTestSupport.anyMention(actors, "Security"));
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, "Paris").type());
    }

    @Test
    void recognisesNamesInAnAllCapitalsHeadlineFromTheBody() {
        List<Actor> actors = ActorTestSupport.find("en", "PIRELLI MOVES INTO CHINA WITH NEW VENTURE",
                "Pirelli said on Friday it would build a cable plant in China with a local partner.");
        assertTrue(ActorTestSupport.anyMention(actors, "PIRELLI"));
        assertTrue(ActorTestSupport.anyMention(actors, "CHINA"));
        assertFalse(ActorTestSupport.anyMention(actors, "VENTURE"));
    }

    @Test
    void typesTownsInAResultsTableAsClubsButCountriesStayPlaces() {
        List<Actor> actors = ActorTestSupport.find("en",
                "Surrey beat Warwickshire by an innings and 164 runs at The Oval.",
                "Warwickshire 195 and 109 ( J. Benjamin 4-17 ) , Surrey 468 ( C. Lewis 94 ) .",
                "Germany 2 Armenia 0");
        assertEquals(ActorType.ORGANIZATION, ActorTestSupport.require(actors, "Surrey").type());
        assertEquals(ActorType.ORGANIZATION, ActorTestSupport.require(actors, "Warwickshire").type());
        assertEquals(ActorType.PERSON, ActorTestSupport.require(actors, "J. Benjamin").type());
        assertEquals(ActorType.PERSON, ActorTestSupport.require(actors, "C. Lewis").type());
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, "Germany").type());
    }

    @Test
    void typesAPlaceWithASportsRoleAfterItAsAClub() {
        List<Actor> actors = ActorTestSupport.find("en",
                "Essex captain Paul Prichard was out for 12 as Kent pressed for victory in Chelmsford.");
        assertEquals(ActorType.ORGANIZATION, ActorTestSupport.require(actors, "Essex").type());
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, "Chelmsford").type());
    }

    @Test
    void keepsAMiddleInitialInsideTheName() {
        List<Actor> actors = ActorTestSupport.find("en",
                "George W. Bush met the governor on Monday. Bush said the talks went well.");
        Actor bush = ActorTestSupport.require(actors, "George W. Bush");
        assertEquals(ActorType.PERSON, bush.type());
        assertEquals(2, bush.mentions().size(), bush.mentions().toString());
    }

    @Test
    void listsNeitherDemonymsNorEventsAsActors() {
        List<Actor> actors = ActorTestSupport.find("en",
                "Rwandan and Algerian officials watched the U.S. Open in New York on Labor Day, Francis Moreau said.");
        assertFalse(ActorTestSupport.anyMention(actors, "Rwandan"));
        assertFalse(ActorTestSupport.anyMention(actors, "Algerian"));
        assertTrue(actors.stream().noneMatch(a -> a.type() != ActorType.OTHER && a.name().contains("Open")),
                actors.toString());
        assertTrue(actors.stream().noneMatch(a -> a.type() != ActorType.OTHER && a.name().contains("Labor")),
                actors.toString());
        assertEquals(ActorType.PERSON, ActorTestSupport.require(actors, "Francis Moreau").type());
    }

    @Test
    void keepsAPersonWhoseSurnameIsAlsoATownAPerson() {
        List<Actor> actors = ActorTestSupport.find("en",
                "Bob Dole and Ross Perot are hitting the road.",
                "Investors weighed Dole's tax plan. Clinton claims Dole's plan would raise the deficit.",
                "Dole has narrowed the gap in the polls, and Dole will speak on Monday.");
        Actor dole = ActorTestSupport.require(actors, "Bob Dole");
        assertEquals(ActorType.PERSON, dole.type());
        assertTrue(dole.mentions().size() >= 4, dole.mentions().toString());
    }

    @Test
    void typesTheWestBankAsAPlace() {
        List<Actor> actors = ActorTestSupport.find("en", "Israeli troops entered three villages in the West Bank.");
        assertEquals(ActorType.LOCATION, ActorTestSupport.require(actors, "West Bank").type());
    }

    @Test
    void typesAnUnknownNameWithOneFirmCueAsAnOrganisationThroughAllItsMentions() {
        List<Actor> actors = ActorTestSupport.find("en",
                "Cofinec plunged on Friday. Cofinec CEO Stephen Frater told reporters that Cofinec expects more.",
                "Cofinec said Petofi had lost money, and Cofinec would cut costs. Analysts said Cofinec was cheap.");
        assertEquals(ActorType.ORGANIZATION, ActorTestSupport.require(actors, "Cofinec").type());
        assertEquals(ActorType.PERSON, ActorTestSupport.require(actors, "Stephen Frater").type());
    }
}
