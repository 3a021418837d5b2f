package dev.briefly.quotes;

import org.junit.jupiter.api.Test;

import static dev.briefly.quotes.QuoteAssertions.assertSpeaker;

class RussianAttributionTest {

    @Test
    void attributesQuoteToNameAfterSkazal() {
        assertSpeaker("«Мы не отступим», — сказал Владимир Путин.", "ru", "Мы не отступим", "Владимир Путин");
    }

    @Test
    void attributesQuoteToNameBeforeZayavil() {
        assertSpeaker("Сергей Лавров прибыл в Анкару. Лавров заявил: «Переговоры продолжатся.»", "ru", "Переговоры продолжатся", "Сергей Лавров");
    }

    @Test
    void resolvesInflectedSurnameAfterPoSlovam() {
        assertSpeaker("Президент Владимир Путин выступил в Кремле.\n\nПо словам Путина, «ситуация под контролем».", "ru", "ситуация под контролем", "Владимир Путин");
    }

    @Test
    void resolvesOnToRecentPerson() {
        assertSpeaker("Министр Сергей Шойгу посетил войска.\n\n«Задачи выполнены», — заявил он.", "ru", "Задачи выполнены", "Сергей Шойгу");
    }
}
