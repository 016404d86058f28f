package dev.newsgraph.reading.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PublicationDatesTest {
    @Test
    void machineDates() {
        assertEquals("2024-03-05T10:15:00+01:00", PublicationDates.machine("2024-03-05T10:15:00+0100"));
        assertEquals("2024-03-05T10:15:00Z", PublicationDates.machine("2024-03-05T10:15:00.123Z"));
        assertEquals("2024-03-05T10:15:00", PublicationDates.machine("2024/03/05 10:15"));
        assertEquals("2024-03-05", PublicationDates.machine("20240305"));
        assertEquals("2024-03-05", PublicationDates.machine("2024-03-05"));
        assertNull(PublicationDates.machine("1066-10-14"));
        assertNull(PublicationDates.machine("2024-13-40"));
    }

    @Test
    void urlAndProseDates() {
        assertEquals("2019-11-18", PublicationDates.fromUrl("https://www.example.com/2019/11/18/investing/story.html"));
        assertEquals("2019-11-19", PublicationDates.fromUrl("https://example.com/story/2019-11-19/merger"));
        assertNull(PublicationDates.fromUrl("https://example.com/story/12345"));
        assertEquals("2019-11-18", PublicationDates.prose("Published Nov. 18, 2019 at 4:07 PM"));
        assertEquals("2019-08-08", PublicationDates.prose("Thursday 8th August 2019"));
        assertNull(PublicationDates.prose("in the spring"));
    }
}
