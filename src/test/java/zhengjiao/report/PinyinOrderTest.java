package zhengjiao.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Long lists sort by group, then pinyin (闫 among the Y's), then the tie, exactly as the collator orders them. */
class PinyinOrderTest {

    private record Person(int village, String name, String id) {
    }

    @Test
    void sortsAsTheCollatorComparesOnRandomNames() {
        Random random = new Random(13);
        String[] chars = {"闫", "邹", "张", "章", "王", "汪", "李", "黎", "阿", "", "A", "a", "吕", "女", "乐"};
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            String name = chars[random.nextInt(chars.length)] + chars[random.nextInt(chars.length)];
            people.add(new Person(random.nextInt(4), random.nextInt(50) == 0 ? null : name, "id" + random.nextInt(1000)));
        }
        Comparator<String> pinyin = PinyinOrder.comparator();
        List<Person> expected = new ArrayList<>(people);
        expected.sort(Comparator.comparingInt(Person::village)
                .thenComparing(p -> PinyinOrder.asSurname(p.name() == null ? "" : p.name()), pinyin)
                .thenComparing(Person::id));
        assertEquals(expected, PinyinOrder.sort(people, Comparator.comparingInt(Person::village), Person::name,
                Comparator.comparing(Person::id)));
    }

    @Test
    void aSurnameIsSortedByItsSurnameReading() {
        // 曾 Zēng among the Z's (not céng next to 曹), 单 Shàn among the S's (not dān), 解 Xiè among the X's
        List<String> sorted = PinyinOrder.sort(List.of("曾国强", "曹明", "单丽", "沙军", "石红", "张伟", "解放", "谢兰", "邓刚"),
                (a, b) -> 0, n -> n, Comparator.naturalOrder());
        assertEquals(List.of("曹明", "邓刚", "沙军", "单丽", "石红", "解放", "谢兰", "曾国强", "张伟"), sorted);
    }

    @Test
    void yanComesAmongTheYs() {
        List<String> sorted = PinyinOrder.sort(List.of("邹", "闫", "杨", "张"), (a, b) -> 0, n -> n, Comparator.naturalOrder());
        assertEquals(List.of("闫", "杨", "张", "邹"), sorted);
    }

    @Test
    void theLinearOrderOfPositionsIsTheSortsOrder() {
        Random random = new Random(7);
        String[] chars = {"闫", "邹", "张", "章", "王", "汪", "李", "黎", "阿", "", "A", "a", "吕", "女", "曾", "单"};
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String name = chars[random.nextInt(chars.length)] + chars[random.nextInt(chars.length)];
            // negative groups (未匹配) and repeated ids (ties equal in all three keep their order)
            people.add(new Person(random.nextInt(6) - 2, random.nextInt(50) == 0 ? null : name, "id" + random.nextInt(300)));
        }
        PinyinOrder.Ranks ranks = new PinyinOrder.Ranks();
        int[] group = new int[people.size()];
        int[] nameIds = new int[people.size()];
        for (int i = 0; i < people.size(); i++) {
            group[i] = people.get(i).village();
            nameIds[i] = ranks.id(people.get(i).name());
        }
        int[] rankOf = ranks.ranks();
        int[] rank = new int[people.size()];
        for (int i = 0; i < rank.length; i++) {
            rank[i] = rankOf[nameIds[i]];
        }
        int[] order = PinyinOrder.order(group, rank, (a, b) -> people.get(a).id().compareTo(people.get(b).id()));
        List<Person> ordered = new ArrayList<>();
        for (int at : order) {
            ordered.add(people.get(at));
        }
        List<Person> expected = PinyinOrder.sort(people, Comparator.comparingInt(Person::village), Person::name,
                Comparator.comparing(Person::id));
        // the same persons in the same order, and equal ones (same village, name and id) in their list order
        assertEquals(expected, ordered);
        for (int k = 1; k < order.length; k++) {
            if (ordered.get(k).equals(ordered.get(k - 1))) {
                org.junit.jupiter.api.Assertions.assertTrue(order[k] > order[k - 1], "stable at " + k);
            }
        }
        assertEquals(0, PinyinOrder.order(new int[0], new int[0], (a, b) -> 0).length);
    }
}
