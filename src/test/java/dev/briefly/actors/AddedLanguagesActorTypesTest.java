package dev.briefly.actors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Checks that the organisation, place and title lists of the languages added by issue 16 type their actors: one
 * story per language family, with an organisation, a place and a person whose title becomes the role.
 */
class AddedLanguagesActorTypesTest {

    private static Actor mentioned(List<Actor> actors, String text) {
        return actors.stream().filter(a -> a.mentions().stream().anyMatch(m -> m.text().equals(text))).findFirst()
                .orElseThrow(() -> new AssertionError("no mention " + text + " in " + actors));
    }

    private static void assertTypes(List<Actor> actors, String org, String place, String person, String role) {
        assertEquals(ActorType.ORGANIZATION, mentioned(actors, org).type(), org + " in " + actors);
        assertEquals(ActorType.LOCATION, mentioned(actors, place).type(), place + " in " + actors);
        Actor p = ActorTestSupport.require(actors, person);
        assertEquals(ActorType.PERSON, p.type());
        assertEquals(role, p.role());
    }

    @Test
    void turkishEndingsAfterAnApostropheKeepOrganisationAndPlaceWords() {
        List<Actor> actors = ActorTestSupport.find("tr", "Ankara Üniversitesi'nden Prof. Mehmet Yılmaz dün açıklama "
                + "yaptı. Yılmaz, araştırmanın Tuz Gölü'nün kıyısında yapıldığını söyledi. Türkiye Bankalar Birliği "
                + "de çalışmayı destekledi.");
        assertTypes(actors, "Ankara Üniversitesi'nden", "Tuz Gölü'nün", "Mehmet Yılmaz", "Prof");
    }

    @Test
    void hungarianCaseEndingsOnAnOrganisationWordStillMarkIt() {
        List<Actor> actors = ActorTestSupport.find("hu", "A Magyar Tudományos Akadémia szerint a kutatás eredménye "
                + "fontos. Dr. Kovács Péter elmondta, hogy a mintákat a Tisza folyó mellett gyűjtötték. Kovács szerint "
                + "az Európai Bizottságnak is érdemes figyelnie.");
        assertTypes(actors, "Európai Bizottságnak", "Tisza", "Kovács Péter", "Dr");
    }

    @Test
    void czechStemsMatchTheCaseFormsOfOrganisationAndPlaceWords() {
        List<Actor> actors = ActorTestSupport.find("cs", "Podle Univerzity Karlovy je výzkum velmi důležitý. Prof. Jan "
                + "Novák řekl, že vzorky sbírali na Václavské náměstí. Novák dodal, že Ministerstvo zdravotnictví "
                + "projekt podpořilo.");
        assertTypes(actors, "Univerzity Karlovy", "Václavské", "Jan Novák", "Prof");
    }

    @Test
    void lithuanianLowerCaseHeadAfterANameTypesIt() {
        List<Actor> actors = ActorTestSupport.find("lt", "Vilniaus universitetas paskelbė naują tyrimą. Prof. Jonas "
                + "Petraitis sakė, kad mėginiai buvo surinkti prie Nemuno upės.");
        assertTypes(actors, "Vilniaus", "Nemuno", "Jonas Petraitis", "Prof");
    }

    @Test
    void swedishDefiniteFormsOfOrganisationWordsCount() {
        List<Actor> actors = ActorTestSupport.find("sv", "Enligt Lunds universitet är studien viktig. Professor Anna "
                + "Lindberg sade att proverna samlades vid Vänern i Värmlands län. Lindberg sade också att Riksdagen "
                + "har fått rapporten.");
        assertTypes(actors, "Riksdagen", "Värmlands", "Anna Lindberg", "Professor");
    }

    @Test
    void romanianArticulatedTitleIsARole() {
        List<Actor> actors = ActorTestSupport.find("ro", "Universitatea din București a publicat un nou studiu. "
                + "Profesorul Ion Popescu a spus că probele au fost adunate pe malul râului Olt.");
        assertTypes(actors, "Universitatea", "Olt", "Ion Popescu", "Profesorul");
    }

    @Test
    void indonesianHeadWordsOpenTheirNames() {
        List<Actor> actors = ActorTestSupport.find("id", "Universitas Gadjah Mada menerbitkan penelitian baru. Dr. Budi "
                + "Santoso mengatakan sampel dikumpulkan di Danau Toba. Santoso menambahkan bahwa Kementerian "
                + "Kesehatan mendukung proyek itu.");
        assertTypes(actors, "Kementerian Kesehatan", "Danau Toba", "Budi Santoso", "Dr");
    }

    @Test
    void vietnameseHeadSyllablesOpenTheirNames() {
        List<Actor> actors = ActorTestSupport.find("vi", "Bộ Y tế vừa công bố một nghiên cứu mới. Tiến sĩ Nguyễn Văn An "
                + "cho biết các mẫu được thu thập ở Sông Hồng.");
        assertTypes(actors, "Bộ", "Sông Hồng", "Nguyễn Văn An", "Tiến sĩ");
    }

    @Test
    void greekStemsMatchTheGenitiveOfOrganisationWords() {
        List<Actor> actors = ActorTestSupport.find("el", "Το Πανεπιστήμιο Αθηνών δημοσίευσε μια νέα μελέτη. Ο "
                + "καθηγητής Γιώργος Παπαδόπουλος είπε ότι τα δείγματα συλλέχθηκαν στη Θεσσαλονίκη.");
        assertTypes(actors, "Πανεπιστήμιο Αθηνών", "Θεσσαλονίκη", "Γιώργος Παπαδόπουλος", "καθηγητής");
    }
}
