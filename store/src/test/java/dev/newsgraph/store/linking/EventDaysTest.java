package dev.newsgraph.store.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EventDaysTest {
    @Test
    void everyTimexPrecisionStartsOnItsFirstDay() {
        assertEquals("2025-04-04", EventDays.firstDay("2025-04-04"));
        assertEquals("2025-04-04", EventDays.firstDay("2025-04-04T10:30"));
        assertEquals("2025-04-07", EventDays.firstDay("2025-W15"));
        assertEquals("2024-12-30", EventDays.firstDay("2025-W01"));
        assertEquals("2025-02-01", EventDays.firstDay("2025-02"));
        assertEquals("2025-01-01", EventDays.firstDay("2025"));
    }

    @Test
    void relativeOrBrokenValuesHaveNoDay() {
        assertNull(EventDays.firstDay("XXXX-WXX-5"));
        assertNull(EventDays.firstDay("PRESENT_REF"));
        assertNull(EventDays.firstDay("2025-13-45"));
        assertNull(EventDays.firstDay(null));
    }
}
