package zhengjiao.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntryTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "007", "S1", "30830166131860913909", "000000000000000000001", "123456789012345678",
        "1234567890123456789", "999999999999999999999999999999999999", "1234567890123456789012345678901234567",
        "无票号:2022-10-01:35000", "3.41323E+17@2022-10-01@350", ""})
    void aSerialComesBackAsItWasWrittenAndOnlyEqualsItself(String serial) {
        Entry e = Entry.of(serial, 19000, 35000, 0, false, 0, 2, "");
        assertEquals(serial, e.serial());
        assertTrue(e.sameSerial(Entry.of(serial, 19001, 100, 1, true, 1, 3, "")));
        assertFalse(e.sameSerial(Entry.of(serial + "1", 19000, 35000, 0, false, 0, 2, "")));
        assertFalse(e.sameSerial(Entry.of("0" + serial, 19000, 35000, 0, false, 0, 2, "")));
    }
}
