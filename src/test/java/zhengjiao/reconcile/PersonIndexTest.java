package zhengjiao.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import zhengjiao.domain.ResidentId;

class PersonIndexTest {

    @Test
    void everyValidIdComesBackFromItsCodeAndIsFoundAgain() {
        Random random = new Random(16);
        PersonIndex index = new PersonIndex();
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            String id = ResidentId.of(String.format("%06d", 110000 + random.nextInt(540000)),
                    LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45000)), random.nextInt(1000));
            assertEquals(id, PersonIndex.id(PersonIndex.code(id)));
            if (!expected.containsKey(id)) {
                expected.put(id, expected.size());
                index.put(PersonIndex.code(id), expected.get(id));
            }
        }
        expected.forEach((id, at) -> assertEquals(at, index.get(PersonIndex.code(id))));
        String absent = ResidentId.of("990000", LocalDate.of(1990, 1, 1), 7);
        assertEquals(-1, index.get(PersonIndex.code(absent)));
        assertEquals(-1, index.get(PersonIndex.code("not an id")));
    }
}
